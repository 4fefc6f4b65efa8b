"""Check that YAML files parse: `python scripts/check_yaml.py FILE...` (a pre-commit hook).

Each file that does not parse is one line, `file:line:column: problem`; the exit code is 1 if any did not.
"""

from __future__ import annotations

import sys

import yaml


def problems(paths: list[str]) -> list[str]:
    found = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark
            where = f"{mark.line + 1}:{mark.column + 1}" if mark else "?"
            found.append(f"{path}:{where}: {error.problem or error}")
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            found.append(f"{path}: {error}")
    return found


if __name__ == "__main__":
    lines = problems(sys.argv[1:])
    for line in lines:
        print(line, file=sys.stderr)
    sys.exit(1 if lines else 0)
