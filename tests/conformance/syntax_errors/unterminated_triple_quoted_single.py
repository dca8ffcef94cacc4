s = '''start
more
end
