# split/subgroup give each part its own copy of the group's notes (none when
# __notes__ is not a sequence).
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("note1")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
match.add_note("m")
print(eg.__notes__, match.__notes__, rest.__notes__)
eg.__notes__ = ("a", "b")
print(eg.subgroup(ValueError).__notes__)
eg.__notes__ = 123
m, r = eg.split(ValueError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))
