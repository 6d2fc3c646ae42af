-- wrk script of the harness: signs every request in (session cookie or API token, from the
-- environment) and prints one parseable line at the end:
--   WRK requests=… seconds=… rps=… p50ms=… p95ms=… p99ms=… errors=… non2xx=…
-- BENCH_COOKIE  e.g. "JSESSIONID=…"  (pages)
-- BENCH_TOKEN   an API token          (JSON API)
local cookie = os.getenv("BENCH_COOKIE")
local token = os.getenv("BENCH_TOKEN")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
end

local non2xx = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
end

function response(status, headers, body)
  if status < 200 or status >= 300 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    non2xx = non2xx + thread:get("bad")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("WRK requests=%d seconds=%.1f rps=%.1f p50ms=%.1f p95ms=%.1f p99ms=%.1f errors=%d non2xx=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, non2xx))
end
