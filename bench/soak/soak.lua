-- One wrk thread = one connection = one user with a session of their own: signs in (form login with the
-- CSRF token), finds a key result through the API, then loops over a mix of pages, API reads and JSON
-- check-ins (the session's CSRF token in X-CSRF-TOKEN). Counts, per thread, responses that are not what
-- a signed-in user should get (>= 400, or a redirect back to /login) and prints them in done().
local email = os.getenv("SOAK_EMAIL") or "leader@demo.plumbline.dev"
local password = os.getenv("SOAK_PASSWORD") or "demo-leader"
local slug = os.getenv("SOAK_SLUG") or "demo"

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local state, cookie, csrf, objective, keyResult, last
errors, checkins, reads, signins = 0, 0, 0, 0 -- globals: done() reads them with thread:get

local pages = {
  "/o/" .. slug .. "/dashboard", "/o/" .. slug .. "/objectives", "/o/" .. slug .. "/charter",
  "/o/" .. slug .. "/initiatives", "/o/" .. slug .. "/scorecard", "/o/" .. slug .. "/people",
  "/api/v1/orgs/" .. slug .. "/objectives", "/api/v1/orgs/" .. slug .. "/audit",
}

function init(args)
  state = "login-page"
  math.randomseed(os.time() + (id or 0))
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function headers(extra)
  local h = extra or {}
  if cookie then h["Cookie"] = cookie end
  return h
end

function request()
  if state == "login-page" then
    last = "login-page"
    return wrk.format("GET", "/login", headers())
  elseif state == "login" then
    last = "login"
    local body = "email=" .. urlencode(email) .. "&password=" .. urlencode(password) .. "&_csrf=" .. urlencode(csrf)
    return wrk.format("POST", "/login", headers({["Content-Type"] = "application/x-www-form-urlencoded"}), body)
  elseif state == "token" then
    last = "token"
    return wrk.format("GET", "/o/" .. slug .. "/objectives", headers())
  elseif state == "objectives" then
    last = "objectives"
    return wrk.format("GET", "/api/v1/orgs/" .. slug .. "/objectives?size=5", headers())
  elseif state == "objective" then
    last = "objective"
    return wrk.format("GET", "/api/v1/orgs/" .. slug .. "/objectives/" .. objective, headers())
  end
  if math.random() < 0.2 then
    last = "check-in"
    local body = string.format('{"date":"%s","value":%d,"confidence":0.7,"note":"soak"}', os.date("!%Y-%m-%d"),
      math.random(0, 100))
    return wrk.format("POST", "/api/v1/orgs/" .. slug .. "/key-results/" .. keyResult .. "/check-ins",
      headers({["Content-Type"] = "application/json", ["X-CSRF-TOKEN"] = csrf}), body)
  end
  last = "read"
  return wrk.format("GET", pages[math.random(#pages)], headers())
end

local function setCookie(hdrs)
  for name, value in pairs(hdrs) do
    if string.lower(name) == "set-cookie" then
      local session = value:match("(JSESSIONID=[^;]+)")
      if session then cookie = session end
    end
  end
end

local function location(hdrs)
  for name, value in pairs(hdrs) do
    if string.lower(name) == "location" then return value end
  end
  return nil
end

function response(status, hdrs, body)
  setCookie(hdrs)
  if last == "login-page" then
    csrf = body:match('name="_csrf" value="([^"]+)"')
    state = csrf and "login" or "login-page"
  elseif last == "login" then
    local to = location(hdrs) or ""
    if status == 302 and not to:find("error") then
      signins = signins + 1
      state = "token"
    else
      errors = errors + 1
      state = "login-page"
    end
  elseif last == "token" then
    csrf = body:match('<meta name="_csrf" content="([^"]+)"')
    if status ~= 200 or not csrf then errors = errors + 1; state = "login-page" else state = "objectives" end
  elseif last == "objectives" then
    objective = body:match('"id"%s*:%s*"([%x%-]+)"')
    if status ~= 200 or not objective then errors = errors + 1; state = "login-page" else state = "objective" end
  elseif last == "objective" then
    local at = body:find('"keyResults"')
    keyResult = at and body:match('"id"%s*:%s*"([%x%-]+)"', at)
    if status ~= 200 or not keyResult then errors = errors + 1; state = "login-page" else state = "loop" end
  else
    local to = location(hdrs) or ""
    if status >= 400 or (status == 302 and to:find("/login")) then
      errors = errors + 1
      if status == 302 or status == 401 or status == 403 then state = "login-page" end
    elseif last == "check-in" then
      checkins = checkins + 1
    else
      reads = reads + 1
    end
  end
end

function done(summary, latency, requests)
  local e, c, r, s = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    e = e + (thread:get("errors") or 0)
    c = c + (thread:get("checkins") or 0)
    r = r + (thread:get("reads") or 0)
    s = s + (thread:get("signins") or 0)
  end
  io.write(string.format("SOAK requests=%d sign-ins=%d reads=%d check-ins=%d app-errors=%d socket-errors=%d " ..
    "non-2xx3xx=%d p50-ms=%.1f p99-ms=%.1f\n", summary.requests, s, r, c, e,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
