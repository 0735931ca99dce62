"""The Processing algorithms' shared base: a fresh instance of their own class, group and icon,
and a cancelled run that stops between steps and writes nothing."""

import pytest

from conftest import SAMPLE

IDS = ("minedesk:tally", "minedesk:check", "minedesk:task_order")


def _algorithms():
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("minedesk")
    return {a.id(): a for a in provider.algorithms()}


def _parameters(alg):
    return [(p.name(), p.type(), p.description(), p.flags(), p.defaultValue()) for p in alg.parameterDefinitions()]


def _outputs(alg):
    return [(o.name(), o.type(), o.description()) for o in alg.outputDefinitions()]


@pytest.mark.parametrize("alg_id", IDS)
def test_create_instance_is_a_fresh_object_of_the_same_class(plugin, alg_id):
    from minedesk_qgis.provider import MineDeskAlgorithm

    alg = _algorithms()[alg_id]
    assert isinstance(alg, MineDeskAlgorithm)
    fresh = alg.createInstance()
    assert type(fresh) is type(alg) and fresh is not alg
    made = alg.create()  # what Processing does: createInstance, then initAlgorithm
    assert type(made) is type(alg) and made is not alg
    assert _parameters(made) == _parameters(alg) and _parameters(alg)
    assert _outputs(made) == _outputs(alg)
    assert (made.name(), made.displayName(), made.shortHelpString()) == (alg.name(), alg.displayName(),
                                                                           alg.shortHelpString())
    assert made.group() == alg.group() == "Land release" and made.groupId() == "land_release"
    assert not alg.icon().isNull()  # MineDesk's icon, which the plugin zip carries
    assert alg.shortHelpString()


def test_provider_has_minedesks_icon(plugin):
    from qgis.core import QgsApplication

    assert not QgsApplication.processingRegistry().providerById("minedesk").icon().isNull()


def _cancelled():
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    return feedback


def _runs(tmp_path):
    both = {"HAZARDS": str(SAMPLE / "hazards.shp"), "RELEASES": str(SAMPLE / "clearance.shp")}
    return {
        "minedesk:tally": ({**both, "OUTPUT": str(tmp_path / "tally.gpkg")}, tmp_path / "tally.gpkg"),
        "minedesk:check": ({**both, "OUTPUT": str(tmp_path / "check.gpkg")}, tmp_path / "check.gpkg"),
        "minedesk:task_order": ({**both, "IDS": "XCV-CHA-00005", "OUTPUT": str(tmp_path / "order.pdf")},
                                tmp_path / "order.pdf"),
    }


@pytest.mark.parametrize("alg_id", IDS)
def test_a_run_cancelled_before_it_starts_stops_and_writes_nothing(plugin, tmp_path, alg_id):
    import processing
    from qgis.core import QgsProcessingException, QgsProject

    from minedesk_qgis.bridge import issued_orders

    QgsProject.instance().clear()
    params, out = _runs(tmp_path)[alg_id]
    with pytest.raises(QgsProcessingException, match="Cancelled after reading the hazards"):
        processing.run(alg_id, params, feedback=_cancelled())
    assert not out.exists()
    assert issued_orders(QgsProject.instance()) == []
    # the same run, not cancelled, writes its output
    processing.run(alg_id, params)
    assert out.exists()


def test_a_task_order_cancelled_before_writing_writes_no_pdf_and_issues_no_number(plugin, tmp_path):
    """Cancelled at the last check (after both layers were read): no PDF, no order recorded."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject

    from minedesk_qgis.bridge import issued_orders

    class CancelledAtStep(QgsProcessingFeedback):
        def __init__(self, step):
            super().__init__()
            self.step, self.asked = step, 0

        def isCanceled(self):  # noqa: N802 - QGIS's name; the algorithms ask it from Python
            self.asked += 1
            return self.asked >= self.step

    QgsProject.instance().clear()
    params, out = _runs(tmp_path)["minedesk:task_order"]
    feedback = CancelledAtStep(3)  # 1: hazards read, 2: releases read, 3: before writing
    with pytest.raises(QgsProcessingException, match="Cancelled before writing the task order"):
        processing.run("minedesk:task_order", params, feedback=feedback)
    assert feedback.asked == 3
    assert not out.exists() and issued_orders(QgsProject.instance()) == []
    feedback = CancelledAtStep(2)
    with pytest.raises(QgsProcessingException, match="Cancelled after reading the releases"):
        processing.run("minedesk:task_order", params, feedback=feedback)
    assert not out.exists()
