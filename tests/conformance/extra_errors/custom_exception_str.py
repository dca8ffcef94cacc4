class ConfigError(Exception):
    def __str__(self):
        return "config is broken: " + self.args[0]

print("loading")
raise ConfigError("missing key")
