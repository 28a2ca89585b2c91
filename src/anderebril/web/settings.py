"""Settings for the Andere Bril platform: one module, configured from the environment.

Development (``ANDEREBRIL_DEBUG=true``, which ``make run`` sets) keeps everything in the
git-ignored ``data/`` folder: the SQLite database, uploaded media and a generated secret key.
Production sets ``ANDEREBRIL_SECRET_KEY``, ``ANDEREBRIL_ALLOWED_HOSTS`` and ``DATABASE_URL``.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from anderebril.web.env import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent.parent
_CHECKOUT_DIR = PACKAGE_DIR.parent.parent  # the repository root when run from a source checkout
_DEFAULT_DATA_DIR = (
    _CHECKOUT_DIR if (_CHECKOUT_DIR / "pyproject.toml").exists() else Path.cwd()
) / "data"
DATA_DIR = Path(env_str("ANDEREBRIL_DATA_DIR", str(_DEFAULT_DATA_DIR))).resolve()

DEBUG = env_bool("ANDEREBRIL_DEBUG", default=False)
DEMO_MODE = env_bool("ANDEREBRIL_DEMO", default=False)


def _secret_key() -> str:
    configured = env_str("ANDEREBRIL_SECRET_KEY")
    if configured:
        if len(configured) < 50:
            raise ImproperlyConfigured("ANDEREBRIL_SECRET_KEY must be at least 50 characters long")
        return configured
    if not DEBUG:
        raise ImproperlyConfigured(
            "ANDEREBRIL_SECRET_KEY is required when ANDEREBRIL_DEBUG is off "
            "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(64))')"
        )
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(64))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list(
    "ANDEREBRIL_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("ANDEREBRIL_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "anderebril.core",
    "anderebril.accounts",
    "anderebril.organisations",
    "anderebril.taalscan",
    "anderebril.api",
    "anderebril.monitor",
    "anderebril.genderscan",
    "anderebril.network",
    "anderebril.knowledge",
    "anderebril.events",
    "anderebril.imagescan",
    "anderebril.bpv",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "anderebril.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "anderebril.core.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "anderebril.web.urls"
WSGI_APPLICATION = "anderebril.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "anderebril.core.context_processors.platform",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'anderebril.sqlite3'}"),
        conn_max_age=env_int("ANDEREBRIL_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background jobs (taalscan batches): django-tasks with its database backend, so jobs are rows in
# the same database and survive restarts; run workers with `anderebril manage db_worker`.
# ANDEREBRIL_TASKS_BACKEND=immediate runs every task at once in the process that enqueues it.
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_TASKS_BACKEND = env_str("ANDEREBRIL_TASKS_BACKEND", "database")
if _TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured("ANDEREBRIL_TASKS_BACKEND must be 'database' or 'immediate'")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[_TASKS_BACKEND]}}

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:account"
LOGOUT_REDIRECT_URL = "core:home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("ANDEREBRIL_STATIC_ROOT", str(DATA_DIR / "static")))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("ANDEREBRIL_MEDIA_ROOT", str(DATA_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024

EMAIL_HOST = env_str("ANDEREBRIL_EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("ANDEREBRIL_EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("ANDEREBRIL_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("ANDEREBRIL_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("ANDEREBRIL_EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = env_str("ANDEREBRIL_FROM_EMAIL", "Andere Bril <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security: strict by default, relaxed only for local development over plain http.
SECURE_SSL_REDIRECT = env_bool("ANDEREBRIL_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env_int("ANDEREBRIL_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("ANDEREBRIL_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("ANDEREBRIL_LOG_LEVEL", "INFO")},
}

AUTHENTICATION_BACKENDS = ["anderebril.accounts.backends.DemoAwareBackend"]

# The public address of the platform, for links in e-mails sent outside a request (reminders).
SITE_URL = env_str("ANDEREBRIL_SITE_URL", "http://127.0.0.1:8000")
# Registrations of people who never consented are removed this many days after the event.
EVENT_REGISTRATION_RETENTION_DAYS = env_int("ANDEREBRIL_REGISTRATION_RETENTION_DAYS", 30)
