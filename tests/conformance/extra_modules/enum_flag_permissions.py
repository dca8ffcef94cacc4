# Access control with flags: roles combine permissions, resources require
# some, and a report lists who may do what.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = auto()
    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE


class Mode(IntFlag):
    X = 1
    W = 2
    R = 4


roles = {
    'guest': Perm.READ,
    'editor': Perm.EDITOR,
    'owner': Perm.OWNER,
    'root': Perm.OWNER | Perm.ADMIN,
    'nobody': Perm(0),
}
resources = {
    'wiki/page': Perm.READ,
    'wiki/edit': Perm.READ | Perm.WRITE,
    'wiki/purge': Perm.DELETE | Perm.ADMIN,
}

for user, granted in roles.items():
    allowed = [r for r, need in resources.items() if need in granted]
    names = [p.name for p in granted] or ['-']
    print(f'{user:7} {str(granted):30} {"+".join(names):24} {allowed}')

perm = Perm.READ
for step in (Perm.WRITE, Perm.DELETE):
    perm |= step
    print('granted', step.name, '->', perm, len(perm))
perm &= ~Perm.WRITE
print('revoked WRITE ->', repr(perm), bool(perm & Perm.WRITE))


def mode_string(mode):
    return ''.join(ch if flag in mode else '-' for ch, flag in zip('rwx', (Mode.R, Mode.W, Mode.X)))


for octal in ('755', '640', '007'):
    parts = [Mode(int(d)) for d in octal]
    print(octal, ' '.join(mode_string(m) for m in parts), [int(m) for m in parts], parts[0])
print(repr(Mode.R | Mode.W), Mode.R | Mode.W == 6, f'{Mode.R | Mode.X:03b}', sorted(Mode))
