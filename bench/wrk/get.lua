-- `make bench`: GET one URL again and again. With the argument "bust", each request adds a
-- query parameter of its own (?bench=<thread>-<n>), so that no page cache can answer it.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua"
local report = require("report")

local bust = false
local counter = 0

function setup(thread)
   report.setup(thread)
end

function init(args)
   bust = args[1] == "bust"
end

function request()
   if not bust then
      return wrk.format("GET", wrk.path)
   end
   counter = counter + 1
   local separator = wrk.path:find("?", 1, true) and "&" or "?"
   return wrk.format("GET", wrk.path .. separator .. "bench=" .. thread_number .. "-" .. counter)
end

function done(summary, latency, requests)
   report.done(summary, latency)
end
