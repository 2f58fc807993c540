-- Record many drafts' sources in one call: replay's bulk writer.
--
-- KEYS     none: the keys are many and named from ARGV[1]; execwatch's log lives on a
--          single Redis node (docs/eventlog.md), where that is allowed.
-- ARGV[1]  the namespace of sources, "{prefix}:proj:sources:"
-- ARGV[2]  MessagePack array: draft id, then the stream entry ids that reported it, in
--          log order and each followed by a space, as one string (they all come after
--          the draft's stored sources), then the next draft id, ...
--
-- Each draft's sources get the new ones appended (one APPEND per draft). Returns how
-- many drafts were written.
local flat = cmsgpack.unpack(ARGV[2])
for p = 1, #flat, 2 do
  redis.call('APPEND', ARGV[1] .. flat[p], flat[p + 1])
end
return #flat / 2
