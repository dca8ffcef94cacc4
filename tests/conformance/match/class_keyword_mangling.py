class C:
    def f(self, o):
        match o:
            case C(__x=v):
                return ("plain", v)
            case C(_C__x=v):
                return ("mangled", v)
o = C()
o._C__x = 1
print(o.f(o))
o.__x = 2
print(o.f(o))
class K:
    __match_args__ = ("__y",)
    def f(self, o):
        match o:
            case K(v):
                return v
k = K()
setattr(k, "__y", "unmangled"); k._K__y = "mangled"
print(k.f(k))
