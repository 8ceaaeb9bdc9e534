"""pyproject.toml, environment.yml and requirements.lock name the same versions."""

import re
import tomllib

import yaml

from helpers import paths

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+)")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [d for group in project["optional-dependencies"].values() for d in group]
    pins = {}
    for spec in specs:
        match = PIN.match(spec)
        assert match, f"pyproject.toml: {spec!r} is not pinned with =="
        pins[normalise(match[1])] = match[2]
    return pins


def environment_pins() -> dict[str, str]:
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins = {}
    for entry in env["dependencies"]:
        if isinstance(entry, dict):
            for line in entry.get("pip", []):
                match = PIN.match(line)
                if match:
                    pins[normalise(match[1])] = match[2]
            continue
        name, _, version = entry.partition("=")
        if name not in ("python", "pip"):
            assert version, f"environment.yml: {entry!r} has no version"
            pins[normalise(name)] = version.lstrip("=")
    return pins


def lock_pins() -> dict[str, str]:
    pins = {}
    for line in (paths.ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            match = PIN.match(line)
            assert match, f"requirements.lock: {line!r} is not an exact pin"
            pins[normalise(match[1])] = match[2]
    return pins


def test_environment_yml_matches_pyproject():
    assert environment_pins() == pyproject_pins()


def test_lock_pins_every_direct_dependency_at_the_same_version():
    lock, direct = lock_pins(), pyproject_pins()
    disagreements = {name: (version, lock.get(name)) for name, version in direct.items() if lock.get(name) != version}
    assert not disagreements, f"pyproject vs requirements.lock: {disagreements}"


def test_environment_yml_python_matches_requires_python():
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "python=3.11" in env["dependencies"] and "<3.12" in project["requires-python"]


def test_installed_versions_are_the_locked_ones():
    from importlib.metadata import version

    lock = lock_pins()
    for name in pyproject_pins():
        assert normalise(version(name)) == normalise(lock[name]), name
