-- What every wrk script of `make bench` shares: one line of results that bench/run.py reads.
--
-- wrk runs each thread in a Lua state of its own; `setup()` keeps a handle on every thread so
-- that `done()` (in the main thread) can add up what the threads counted in their globals.

local report = {}
local threads = {}

function report.setup(thread)
   thread:set("thread_number", #threads + 1)
   table.insert(threads, thread)
end

-- Sum of the global `name` over every thread (0 where a thread never set it).
function report.total(name)
   local sum = 0
   for _, thread in ipairs(threads) do
      sum = sum + (thread:get(name) or 0)
   end
   return sum
end

-- One line: "ICC-BENCH key=value ..." with the request count, the seconds measured, the
-- latency percentiles (ms), the errors wrk saw and any `extra` counts.
function report.done(summary, latency, extra)
   local errors = summary.errors
   local parts = {
      "requests=" .. summary.requests,
      "seconds=" .. string.format("%.3f", summary.duration / 1e6),
      "p50=" .. string.format("%.2f", latency:percentile(50) / 1000),
      "p95=" .. string.format("%.2f", latency:percentile(95) / 1000),
      "errors=" .. (errors.connect + errors.read + errors.write + errors.timeout),
      "status_errors=" .. errors.status,
   }
   for key, value in pairs(extra or {}) do
      table.insert(parts, key .. "=" .. value)
   end
   io.write("ICC-BENCH " .. table.concat(parts, " ") .. "\n")
end

return report
