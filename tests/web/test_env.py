import pytest

from anderebril.web.env import ImproperEnvironment, env_bool, env_int, env_list


def test_env_bool_reads_true_and_false_words() -> None:
    assert env_bool("X", default=False, environ={"X": "True"}) is True
    assert env_bool("X", default=True, environ={"X": "off"}) is False
    assert env_bool("X", default=True, environ={}) is True


def test_env_bool_refuses_anything_else() -> None:
    with pytest.raises(ImproperEnvironment, match="X must be true or false"):
        env_bool("X", default=False, environ={"X": "ja hoor"})


def test_env_int_refuses_words() -> None:
    with pytest.raises(ImproperEnvironment, match="whole number"):
        env_int("PORT", default=1, environ={"PORT": "twelve"})
    assert env_int("PORT", default=1, environ={"PORT": "587"}) == 587


def test_env_list_splits_on_commas_and_drops_blanks() -> None:
    assert env_list("H", default=["x"], environ={"H": "a.nl, ,b.nl"}) == ["a.nl", "b.nl"]
    assert env_list("H", default=["x"], environ={}) == ["x"]
