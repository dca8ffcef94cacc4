import uuid

forms = ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
         'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678-1234-5678-1234-567812345678']
us = [uuid.UUID(f) for f in forms]
print(all(u == us[0] for u in us), len({hash(u) for u in us}))
u = us[0]
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, int(u))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID('12345678123456781234567812345678', version=4)
print(v, v.version, v.variant)
print(uuid.UUID(int=0), uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID('0' * 16 + 'c' + '0' * 15).variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid5(uuid.NAMESPACE_URL, 'h\xe9').version)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a]), a == 1, {a: 'x'}[uuid.UUID(int=1)])
print(str(uuid.UUID('ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB')))
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.time > 0x01e0000000000000)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.SafeUUID.unknown, u.is_safe)

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(uuid.UUID)
attempt(uuid.UUID, '1234')
attempt(uuid.UUID, 'g' * 32)
attempt(uuid.UUID, bytes=b'abc')
attempt(uuid.UUID, bytes_le=b'abc')
attempt(uuid.UUID, fields=(1, 2, 3))
attempt(uuid.UUID, fields=(1 << 32, 0, 0, 0, 0, 0))
attempt(uuid.UUID, fields=(0, 0, 0, 0, 256, 0))
attempt(uuid.UUID, fields=(0, 0, 0, 0, 0, 1 << 48))
attempt(uuid.UUID, int=-1)
attempt(uuid.UUID, int=1 << 128)
attempt(uuid.UUID, int=5, version=6)
attempt(uuid.UUID, '12345678123456781234567812345678', int=5)
try:
    u.int = 5
except TypeError as e:
    print('TypeError:', e)
attempt(lambda: u < 5)
attempt(uuid.uuid3, uuid.NAMESPACE_DNS, b'x')
attempt(uuid.uuid5, uuid.NAMESPACE_DNS, 5)

