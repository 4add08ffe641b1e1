-- POST /api/v1/diary/entries for wrk: logs a food from $OPENPLATE_FOODS (comma-separated ids) on a
-- date spread over the last five years, signed in with the session cookie ($OPENPLATE_SESSION) and
-- its CSRF token ($OPENPLATE_CSRF), as the web app's own scripts call the API.
local session = os.getenv("OPENPLATE_SESSION")
local csrf = os.getenv("OPENPLATE_CSRF")
local foods = {}
for id in string.gmatch(os.getenv("OPENPLATE_FOODS") or "", "%d+") do
  foods[#foods + 1] = id
end
if session == nil or csrf == nil or #foods == 0 then
  error("set OPENPLATE_SESSION, OPENPLATE_CSRF and OPENPLATE_FOODS")
end
wrk.method = "POST"
wrk.headers["Cookie"] = "op_session=" .. session
wrk.headers["X-CSRF-Token"] = csrf
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local days = 1826
local now = os.time()
local i = math.random(days)
request = function()
  i = i + 1
  local date = os.date("!%Y-%m-%d", now - ((i * 389) % days) * 86400)
  local body = '{"date":"' .. date .. '","foodId":' .. foods[(i % #foods) + 1] .. ',"amount":1}'
  return wrk.format(nil, "/api/v1/diary/entries", nil, body)
end

-- wrk counts answers other than 2xx and 3xx itself ("Non-2xx or 3xx responses", which bench/ratios.sh
-- reports). A response() callback makes wrk hand every answer's headers and body to Lua, CPU taken from the
-- server on these shared cores, so it is defined only when OPENPLATE_SHOW_ERRORS is set, to see the first few.
if os.getenv("OPENPLATE_SHOW_ERRORS") then
  local errors = 0
  response = function(status, headers, body)
    if status ~= 201 then
      errors = errors + 1
      if errors <= 3 then
        io.stderr:write("add: HTTP " .. status .. " " .. string.sub(body, 1, 200) .. "\n")
      end
    end
  end
end
