# Stable ids for records: uuid5 from a namespace and a natural key, so the
# same input always gets the same id; parse ids users paste in any form.
import uuid

NS_ORDERS = uuid.uuid5(uuid.NAMESPACE_DNS, 'orders.example.com')
print(NS_ORDERS, NS_ORDERS.version)

orders = [('alice', 1001), ('bob', 1002), ('alice', 1003), ('alice', 1001)]
ids = {}
for customer, number in orders:
    oid = uuid.uuid5(NS_ORDERS, f'{customer}/{number}')
    ids.setdefault(oid, []).append((customer, number))
for oid, keys in ids.items():
    print(oid.hex[:12], oid.version, oid.variant == uuid.RFC_4122, keys)

pasted = ['{12345678-1234-5678-1234-567812345678}', 'urn:uuid:12345678-1234-5678-1234-567812345678',
          '12345678123456781234567812345678', 'not-a-uuid', '1234']
for text in pasted:
    try:
        u = uuid.UUID(text)
        print('parsed', u, u.int == 0x12345678123456781234567812345678, u.urn)
    except ValueError as e:
        print('rejected', repr(text), e)

u3 = uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/a')
print(u3, u3.version, repr(u3), u3.bytes[:4], uuid.UUID(bytes=u3.bytes) == u3)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=1), uuid.UUID(int=3)]))
r = uuid.uuid4()
print(r.version, len(str(r)), r != uuid.uuid4(), str(r)[14])
