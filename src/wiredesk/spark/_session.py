"""A SparkSession for wiredesk's jobs, or a clear `SparkError` saying what to install."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from typing import TYPE_CHECKING

from wiredesk.errors import SparkError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DEFAULT_MASTER = "local[2]"


def check_spark() -> None:
    """Raise `SparkError` when pyspark or a Java runtime is missing.

    Raises:
        SparkError: what is missing and how to install it.
    """
    if importlib.util.find_spec("pyspark") is None:
        raise SparkError("pyspark is not installed: pip install 'wiredesk[spark]' "
                         "(or the pinned pyspark of requirements.lock)")
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        raise SparkError("no Java runtime found (Spark needs Java 17 or newer): install one, "
                         "e.g. apt-get install openjdk-17-jre-headless, or set JAVA_HOME")


def spark_session(master: str = DEFAULT_MASTER, app: str = "wiredesk") -> SparkSession:
    """A SparkSession on `master` (get-or-create), with this Python as the workers' Python.

    Local masters bind to 127.0.0.1 and no web UI is started; on a cluster, spark-submit's
    own settings win (see docs/spark.md).

    Raises:
        SparkError: pyspark or Java is missing, or the JVM does not start.
    """
    check_spark()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    try:
        return (SparkSession.builder.master(master).appName(app)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate())
    except Exception as exc:  # the JVM failed to start: say why, not a py4j traceback
        raise SparkError(f"Spark did not start on {master!r}: {exc}") from exc
