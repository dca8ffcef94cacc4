# An uncaught JSONDecodeError reports its module-qualified class.
import json

print(json.loads('{"ok": true}'))
config = '{"name": "demo", "retries": 3,}'
print(json.loads(config))
