# Explicit chaining: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("invalid port setting") from e
print(read_port({"port": "8080"}))
print(read_port({"port": "eighty"}))
