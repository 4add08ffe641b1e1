-- GET /api/v1/diary/days/{date} for wrk (bench/citus.sh): each request is the next signed-in user
-- (session cookies, one a line, in the file named by $BENCH_SESSIONS) and a date among the last
-- $BENCH_DAYS days (UTC), so requests spread over users, shards and days.
local sessions = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do
  if line ~= "" then sessions[#sessions + 1] = line end
end
local ndays = tonumber(os.getenv("BENCH_DAYS") or "60")
local dates = {}
local now = os.time()
for d = 0, ndays - 1 do
  dates[d + 1] = os.date("!%Y-%m-%d", now - d * 86400)
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local i, j = 0, 0
function init(args)
  i = (tid or 1) * 101
  j = (tid or 1) * 17
end

request = function()
  i = i % #sessions + 1
  j = (j + 7) % ndays
  return wrk.format("GET", "/api/v1/diary/days/" .. dates[j + 1], { ["Cookie"] = "op_session=" .. sessions[i] })
end
