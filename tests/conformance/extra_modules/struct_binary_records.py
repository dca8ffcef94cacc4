# Read and write a small binary file format: a header, fixed-size records
# and a checksum, the way a program reads sensor logs or network packets.
import struct
import binascii

HEADER = struct.Struct('<4sHHI')      # magic, version, record count, flags
RECORD = struct.Struct('<IhhB3x8s')   # timestamp, temp (centi-degrees), humidity, status, name

readings = [
    (1700000000, 2155, 4310, 0, b'kitchen'),
    (1700000060, -312, 8899, 1, b'freezer'),
    (1700000120, 1990, 5005, 2, b'attic-north-corner'),
]

parts = [HEADER.pack(b'SLOG', 2, len(readings), 0x1)]
parts += [RECORD.pack(*r) for r in readings]
body = b''.join(parts)
data = body + struct.pack('>I', binascii.crc32(body))
print(len(data), HEADER.size, RECORD.size, data[:16].hex(' '))

magic, version, count, flags = HEADER.unpack_from(data)
print(magic, version, count, flags)
(stored_crc,) = struct.unpack('>I', data[-4:])
print('crc ok:', stored_crc == binascii.crc32(data[:-4]), f'{stored_crc:#010x}')
for ts, temp, hum, status, name in RECORD.iter_unpack(data[HEADER.size:-4]):
    label = name.rstrip(b'\0').decode()
    print(f'{ts} {label:10} {temp / 100:6.2f}C {hum / 100:5.1f}% status={status}')

# A network-style packet: big-endian, variable-length payload.
payload = 'héllo'.encode()
packet = struct.pack('!BBH', 4, 17, len(payload)) + payload
ver, proto, length = struct.unpack('!BBH', packet[:4])
print(ver, proto, length, packet[4:4 + length].decode(), struct.calcsize('!BBH'))
try:
    HEADER.unpack(data[:5])
except struct.error as e:
    print('struct.error:', e)
try:
    RECORD.pack(1, 70000, 0, 0, b'')
except struct.error as e:
    print('struct.error:', e)
print(struct.unpack('<e f d', struct.pack('<e f d', 1.5, 0.1, 0.1)))
