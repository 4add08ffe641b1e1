-- GET /api/v1/diary/days/{date} for wrk over the benchmark user's last 14 days (ending today, UTC): a
-- user paging between recent days, which the server keeps rendered until something changes. Signed in
-- with the session cookie in $OPENPLATE_SESSION.
local session = os.getenv("OPENPLATE_SESSION")
if session == nil or session == "" then
  error("set OPENPLATE_SESSION to the op_session cookie value")
end
wrk.headers["Cookie"] = "op_session=" .. session

local days = 14
local dates = {}
local now = os.time()
for d = 0, days - 1 do
  dates[d + 1] = os.date("!%Y-%m-%d", now - d * 86400)
end

local i = math.random(days)
request = function()
  i = (i + 5) % days
  return wrk.format("GET", "/api/v1/diary/days/" .. dates[i + 1])
end
