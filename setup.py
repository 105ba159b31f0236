"""Package list for setuptools; everything else is in pyproject.toml.

resources/ sits beside the code in the source tree. In a wheel it becomes the
package ``billing_manager_resources`` (an editable install maps that name back to
resources/), so ``desktop_app.resources`` finds it without looking at the cwd.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop_app*", "ui*"]), "billing_manager_resources"],
    package_dir={"billing_manager_resources": "resources"},
)
