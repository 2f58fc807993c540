-- Append an event to a stream once: the atomic, idempotent XADD.
--
-- KEYS[1]  the stream
-- KEYS[2]  the hash of event id -> stream entry id that guards it
-- ARGV[1]  the event id
-- ARGV[2..] field, value, field, value ... of the entry
--
-- Returns {1, entry_id} when appended, {0, entry_id_of_the_earlier_copy} when
-- the event id was already in the stream.
local existing = redis.call('HGET', KEYS[2], ARGV[1])
if existing then
  return {0, existing}
end
local fields = {}
for i = 2, #ARGV do
  fields[#fields + 1] = ARGV[i]
end
local entry_id = redis.call('XADD', KEYS[1], '*', unpack(fields))
redis.call('HSET', KEYS[2], ARGV[1], entry_id)
return {1, entry_id}
