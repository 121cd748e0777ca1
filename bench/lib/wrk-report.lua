-- wrk driver of the wrk benchmarks (bench/lib/wrk-bench.sh).
-- Prints one REPORT line of req/s, percentiles (p95 too, which wrk's --latency omits) and errors.
--   PATHS=file  : one request path per line, used round robin (default: the URL given to wrk)
--   RATE=n, CONNS=c : pace each connection so the whole run offers about n requests/s
-- Each wrk thread starts at its own share of the list (thread 1 at the top, thread 2 halfway with two
-- threads), so a list longer than a run's requests is read once, not once per thread: a cold pass
-- then asks every path once.
local paths = {}
local counter = 0
local pause_ms = 0
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

init = function(args)
  local number = thread_number or 1
  local share = math.floor(#paths / tonumber(os.getenv("THREADS") or "2"))
  counter = (number - 1) * share
end

local file = os.getenv("PATHS")
if file then
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end
local rate, conns = tonumber(os.getenv("RATE") or ""), tonumber(os.getenv("CONNS") or "")
if rate and conns then
  pause_ms = 1000 * conns / rate
end

request = function()
  if #paths == 0 then
    return wrk.format(nil)
  end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

delay = function()
  return pause_ms
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("REPORT rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d non2xx=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
