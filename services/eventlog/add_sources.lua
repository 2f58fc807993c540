-- Record many facts' sources in one call: replay's bulk writer.
--
-- KEYS     none: the keys are many and named from ARGV[1]; execwatch's log lives on a
--          single Redis node (docs/eventlog.md), where that is allowed.
-- ARGV[1]  the namespace of source sets, "{prefix}:proj:src:"
-- ARGV[2]  MessagePack map: draft id -> array of stream entry ids that reported it
--
-- Each draft's set of entry ids gets the new ones (SADD). Returns how many were new.
local added = 0
for draft, ids in pairs(cmsgpack.unpack(ARGV[2])) do
  local key = ARGV[1] .. draft
  for i = 1, #ids, 512 do
    added = added + redis.call('SADD', key, unpack(ids, i, math.min(i + 511, #ids)))
  end
end
return added
