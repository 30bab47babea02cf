-- `make bench`: residents completing a multi-step tool form, from its first screen to the
-- screen after the last step (the citizenship test's results), again and again.
--
--     wrk -t 8 -c 8 -d 10s -s bench/wrk/journey.lua http://127.0.0.1:8213/en/embed/citizenship-test/lisbon/
--
-- Use as many threads as connections (-t N -c N). wrk gives a script no way to tell its
-- connections apart, so each thread walks one journey at a time on its one connection: a
-- request, its response, the next request. Each response is read the way bench/journeys.py
-- reads it, with Lua patterns instead of an HTML parser so that the load generator stays
-- cheap next to the server: the form that carries the signed state (`tool_state`), its
-- hidden fields (the state, the step), one answer per radio group and select, text for text
-- fields (the honeypot stays empty), the forward button; then a POST with the site's Origin
-- and, per journey, a client address of its own (X-Real-IP; the server under test reads it
-- through TOOLS_CLIENT_IP_META). A redirect is followed with a GET. A page without such a
-- form ends the journey: a completion when it came with 200. Any other status, or a journey
-- longer than MAX_STEPS requests (a step shown again and again), counts as a failed journey.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua"
local report = require("report")

local MAX_STEPS = 30
local TEXT = "A street festival where neighbours from many countries cook together every summer."

completions = 0
failures = 0
local journeys = 0
local steps = 0
local origin, host
local next_method, next_path, next_body

function setup(thread)
   report.setup(thread)
end

local function start()
   journeys = journeys + 1
   steps = 0
   next_method, next_path, next_body = "GET", wrk.path, nil
end

function init(args)
   math.randomseed(os.time() * 100 + thread_number)
   host = wrk.headers["Host"]
   origin = wrk.scheme .. "://" .. host
   start()
end

function request()
   steps = steps + 1
   local headers = {
      ["Host"] = host,
      ["X-Real-IP"] = string.format(
         "10.%d.%d.%d", thread_number % 256, math.floor(journeys / 256) % 256, journeys % 256
      ),
   }
   if next_method == "POST" then
      headers["Origin"] = origin
      headers["Content-Type"] = "application/x-www-form-urlencoded"
   end
   return wrk.format(next_method, next_path, headers, next_body)
end

local ENTITIES = { amp = "&", lt = "<", gt = ">", quot = '"', apos = "'" }

local function unescape(text)
   return (text:gsub("&(#?x?)(%w+);", function(kind, code)
      local number = (kind == "#" and tonumber(code)) or (kind == "#x" and tonumber(code, 16))
      if number and number < 128 then
         return string.char(number)
      end
      return ENTITIES[code] or ("&" .. code .. ";")
   end))
end

local function attribute(tag, name)
   local value = tag:match("%s" .. name .. '="([^"]*)"')
   return value and unescape(value)
end

local function encode(text)
   return (text:gsub("[^%w%-_%.~]", function(char)
      return string.format("%%%02X", string.byte(char))
   end))
end

-- The form that carries the signed state, as (action, body), or nil when there is none.
local function form_of(body)
   local position = 1
   while true do
      local first, last, tag = body:find("<form(%s[^>]*)>", position)
      if not first then
         return nil
      end
      local closing = body:find("</form>", last, true) or #body
      local inner = body:sub(last + 1, closing)
      position = closing
      if (attribute(tag, "method") or ""):lower() == "post" and inner:find('name="tool_state"', 1, true) then
         return attribute(tag, "action"), inner
      end
   end
end

local function answers(form)
   local fields, radios, order = {}, {}, {}
   local function add(name, value)
      table.insert(fields, encode(name) .. "=" .. encode(value))
   end
   for tag in form:gmatch("<input(%s[^>]*)>") do
      local name = attribute(tag, "name")
      local kind = (attribute(tag, "type") or "text"):lower()
      if name and name ~= "homepage" then
         if kind == "radio" then
            if not radios[name] then
               radios[name] = {}
               table.insert(order, name)
            end
            table.insert(radios[name], attribute(tag, "value") or "on")
         elseif kind == "checkbox" then
            if not radios[name] and not name:find("remove", 1, true) then
               radios[name] = { attribute(tag, "value") or "on" }
               table.insert(order, name)
            end
         elseif kind == "hidden" then
            add(name, attribute(tag, "value") or "")
         elseif kind == "number" then
            add(name, "3")
         elseif kind == "text" or kind == "search" or kind == "email" or kind == "url" then
            if not name:find("latitude", 1, true) and not name:find("longitude", 1, true) then
               add(name, TEXT:sub(1, tonumber(attribute(tag, "maxlength") or 200)))
            else
               add(name, "")
            end
         end
      end
   end
   for name, options in pairs(radios) do
      radios[name] = options[math.random(#options)]
   end
   for _, name in ipairs(order) do
      add(name, radios[name])
   end
   for tag, inner in form:gmatch("<textarea(%s[^>]*)>(.-)</textarea>") do
      local name = attribute(tag, "name")
      if name then
         add(name, TEXT:sub(1, tonumber(attribute(tag, "maxlength") or 200)))
      end
   end
   for tag, inner in form:gmatch("<select(%s[^>]*)>(.-)</select>") do
      local name = attribute(tag, "name")
      local value = inner:match('<option[^>]-value="([^"]+)"')
      if name then
         add(name, value and unescape(value) or "")
      end
   end
   -- The forward button: the last submit button that does not go back or elsewhere.
   local forward
   for tag in form:gmatch("<button(%s[^>]*)>") do
      local kind = (attribute(tag, "type") or "submit"):lower()
      local label = ((attribute(tag, "name") or "") .. " " .. (attribute(tag, "value") or "")):lower()
      if kind == "submit" and not (label:find("back") or label:find("goto") or label:find("previous")) then
         forward = tag
      end
   end
   if forward and attribute(forward, "name") then
      add(attribute(forward, "name"), attribute(forward, "value") or "1")
   end
   return table.concat(fields, "&")
end

local function local_path(url)
   return (url:gsub("^https?://[^/]+", ""))
end

function response(status, headers, body)
   if status >= 300 and status < 400 then
      local location = headers["Location"] or headers["location"]
      if location and steps < MAX_STEPS then
         next_method, next_path, next_body = "GET", local_path(location), nil
         return
      end
   elseif status == 200 then
      local action, form = form_of(body)
      if not form then
         completions = completions + 1
         return start()
      end
      if steps < MAX_STEPS then
         next_method, next_body = "POST", answers(form)
         next_path = action and action ~= "" and local_path(action) or next_path
         return
      end
   end
   failures = failures + 1
   start()
end

function done(summary, latency, requests)
   report.done(summary, latency, {
      completions = report.total("completions"),
      failures = report.total("failures"),
   })
end
