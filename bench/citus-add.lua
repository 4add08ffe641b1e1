-- POST /api/v1/diary/entries for wrk (bench/citus.sh): each request adds a catalogue food in grams
-- (ids, comma-separated, in the file named by $BENCH_FOODS) to a day among the last $BENCH_DAYS days,
-- for the next user with a write API token (secrets, one a line, in the file named by $BENCH_TOKENS).
-- Bearer requests need no CSRF token.
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  if line ~= "" then tokens[#tokens + 1] = line end
end
local foods = {}
for id in io.open(os.getenv("BENCH_FOODS")):read("*a"):gmatch("%d+") do
  foods[#foods + 1] = id
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

local n = 0
function init(args)
  n = (tid or 1) * 1009
end

request = function()
  n = n + 1
  local body = string.format('{"date":"%s","foodId":%s,"amount":%d,"portion":"g"}',
    dates[n % ndays + 1], foods[n % #foods + 1], 50 + (n % 20) * 10)
  return wrk.format("POST", "/api/v1/diary/entries",
    { ["Authorization"] = "Bearer " .. tokens[n % #tokens + 1], ["Content-Type"] = "application/json" }, body)
end
