-- Record many drafts' sources in one call: replay's bulk writer.
--
-- KEYS     none: the keys are many and named from ARGV[1]; execwatch's log lives on a
--          single Redis node (docs/eventlog.md), where that is allowed.
-- ARGV[1]  the namespace of source sets, "{prefix}:proj:src:"
-- ARGV[2]  MessagePack array: draft id, then the stream entry ids that reported it
--          as one space-separated string, then the next draft id, ... (a draft may
--          come more than once)
--
-- Each draft's set of entry ids gets the new ones (SADD). Returns how many were new.
local added = 0
local flat = cmsgpack.unpack(ARGV[2])
for p = 1, #flat, 2 do
  local key = ARGV[1] .. flat[p]
  local ids, n = {}, 0
  for id in string.gmatch(flat[p + 1], '%S+') do
    n = n + 1
    ids[n] = id
    if n == 512 then
      added = added + redis.call('SADD', key, unpack(ids, 1, n))
      n = 0
    end
  end
  if n > 0 then
    added = added + redis.call('SADD', key, unpack(ids, 1, n))
  end
end
return added
