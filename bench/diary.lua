-- GET /api/v1/diary/days/{date} for wrk, rotating over the benchmark user's five years of days
-- (1,826 dates ending today, UTC; $OPENPLATE_DAYS sets fewer, e.g. 14 for a user paging between recent
-- days, which the server keeps rendered), signed in with the session cookie in $OPENPLATE_SESSION.
local session = os.getenv("OPENPLATE_SESSION")
if session == nil or session == "" then
  error("set OPENPLATE_SESSION to the op_session cookie value")
end
wrk.headers["Cookie"] = "op_session=" .. session
-- OPENPLATE_GZIP=1 asks for gzip as browsers do (the server then sends kept days compressed as they are kept)
if os.getenv("OPENPLATE_GZIP") == "1" then
  wrk.headers["Accept-Encoding"] = "gzip"
end

local days = tonumber(os.getenv("OPENPLATE_DAYS") or "1826")
local dates = {}
local now = os.time()
for d = 0, days - 1 do
  dates[d + 1] = os.date("!%Y-%m-%d", now - d * 86400)
end

-- Each thread starts at its own place and strides through the dates, so consecutive requests
-- read days far apart (no help from a page cache warmed by the previous day).
local i = math.random(days)
request = function()
  i = (i + 389) % days
  return wrk.format("GET", "/api/v1/diary/days/" .. dates[i + 1])
end
