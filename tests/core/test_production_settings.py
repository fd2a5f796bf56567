"""production.py reads everything from the environment and refuses to start without it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "SECRET_KEY": "ci-only-7Kq2Xw9pLm4Rt8Zv1Bn6Hy3Jd5Fs0Gc-not-a-real-deployment-key",
    "ALLOWED_HOSTS": "hub.example.org,www.hub.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://hub.example.org",
    "WAGTAILADMIN_BASE_URL": "https://hub.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/14",
}


def run_manage(env_overrides, *args):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in GOOD_ENV and key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env_overrides})
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("missing", sorted(GOOD_ENV))
def test_refuses_to_start_without_required_setting(missing):
    env = {key: value for key, value in GOOD_ENV.items() if key != missing}
    result = run_manage(env, "check")
    assert result.returncode != 0
    assert missing in result.stderr
    assert "ImproperlyConfigured" in result.stderr


def test_refuses_a_short_secret_key():
    result = run_manage({**GOOD_ENV, "SECRET_KEY": "short"}, "check")
    assert result.returncode != 0
    assert "SECRET_KEY must be at least 50 characters" in result.stderr


def test_refuses_origins_without_scheme():
    result = run_manage({**GOOD_ENV, "CSRF_TRUSTED_ORIGINS": "hub.example.org"}, "check")
    assert result.returncode != 0
    assert "need a scheme" in result.stderr


def test_deploy_check_passes_with_everything_set():
    result = run_manage(GOOD_ENV, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr


def test_wsgi_server_without_a_settings_module_gets_production_settings():
    # A server started with no DJANGO_SETTINGS_MODULE must not fall back to DEBUG on and a
    # published development secret: it gets production's settings, which refuse to start.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in GOOD_ENV and key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import config.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "Production settings need these environment variables" in result.stderr
