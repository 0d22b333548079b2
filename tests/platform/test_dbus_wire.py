"""The small D-Bus wire client: marshalling by signature, addresses, and real bus calls."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hipcoach.platform.dbus_wire import (
    BUS_INTERFACE,
    BUS_PATH,
    BUS_SERVICE,
    METHOD_CALL,
    BusConnection,
    BusUnavailableError,
    Message,
    RemoteError,
    SignatureError,
    Variant,
    decode_message,
    encode_message,
    marshal,
    message_length,
    session_bus_address,
    socket_addresses,
    split_signature,
    unmarshal,
)
from tests.platform import dbus_fixtures
from tests.platform.dbus_fixtures import FakeServices, PrivateBus
from tests.platform.fake_dbus_services import CONTROL_INTERFACE, CONTROL_PATH, CONTROL_SERVICE

# Fixtures shared through dbus_fixtures (see there why not a conftest.py).
private_bus = dbus_fixtures.private_bus
bus_connection = dbus_fixtures.bus_connection
fake_services = dbus_fixtures.fake_services
fakes_connection = dbus_fixtures.fakes_connection


# --- signatures and marshalling -----------------------------------------------


def test_signatures_split_into_complete_types() -> None:
    assert split_signature("susssasa{sv}i") == ["s", "u", "s", "s", "s", "as", "a{sv}", "i"]
    assert split_signature("a(yv)aa{s(ii)}") == ["a(yv)", "aa{s(ii)}"]
    assert split_signature("") == []


@pytest.mark.parametrize("signature", ["a", "(", "(ii", "()", "a{s}", "a{sss}", "h", "z"])
def test_malformed_or_unsupported_signatures_are_refused(signature: str) -> None:
    with pytest.raises(SignatureError):
        split_signature(signature)


def test_fixed_types_are_aligned_to_their_size() -> None:
    assert marshal("u", [1]) == b"\x01\x00\x00\x00"
    assert marshal("yu", [7, 0xFFFFFFFF]) == b"\x07\x00\x00\x00\xff\xff\xff\xff"
    assert marshal("yt", [1, 2]) == b"\x01" + b"\x00" * 7 + b"\x02" + b"\x00" * 7
    assert marshal("b", [True]) == b"\x01\x00\x00\x00"


def test_strings_carry_length_and_terminating_nul() -> None:
    assert marshal("ys", [1, "ab"]) == b"\x01\x00\x00\x00\x02\x00\x00\x00ab\x00"
    assert marshal("g", ["sv"]) == b"\x02sv\x00"


def test_an_empty_dict_still_pads_to_its_entries_alignment() -> None:
    # The array length (0) excludes the padding to the first (8-aligned) entry.
    assert marshal("a{sv}", [{}]) == b"\x00" * 8
    assert marshal("as", [[]]) == b"\x00" * 4


def test_array_length_counts_element_bytes_only() -> None:
    data = marshal("a{sv}", [{"k": Variant("y", 1)}])
    assert data[:4] == (len(data) - 8).to_bytes(4, "little")
    # key: length 1, "k", NUL (6 bytes); variant: signature "y" (3 bytes), value 1 (1 byte).
    assert data == b"\x0a\x00\x00\x00" + b"\x00" * 4 + b"\x01\x00\x00\x00k\x00" + b"\x01y\x00\x01"


def test_notify_arguments_round_trip_in_both_byte_orders() -> None:
    values = [
        "hipcoach",
        7,
        "io.github.hipcoach.HipCoach",
        "Time to stand",
        "20 s stretch — each side",
        [],
        {"urgency": Variant("y", 1), "desktop-entry": Variant("s", "x")},
        -1,
    ]
    for order in "<>":
        data = marshal("susssasa{sv}i", values, order)
        assert list(unmarshal("susssasa{sv}i", data, order)) == values


@pytest.mark.parametrize(
    ("signature", "value"),
    [
        ("u", -1),
        ("u", 2**32),
        ("y", 256),
        ("i", "1"),
        ("u", True),
        ("b", 1),
        ("s", 5),
        ("as", "abc"),
        ("a{sv}", [("k", Variant("s", "v"))]),
        ("v", "plain"),
        ("v", Variant("ss", ("a", "b"))),
        ("(ii)", (1,)),
    ],
)
def test_values_that_do_not_fit_their_type_are_refused(signature: str, value: object) -> None:
    with pytest.raises(SignatureError):
        marshal(signature, [value])


def test_value_count_must_match_the_signature() -> None:
    with pytest.raises(SignatureError):
        marshal("su", ["only one"])


# D-Bus strings are UTF-8 without NUL: no NUL characters, no lone surrogates.
_text = st.text(st.characters(codec="utf-8", exclude_characters="\0"))
_leaf = st.one_of(
    st.builds(lambda v: Variant("u", v), st.integers(0, 2**32 - 1)),
    st.builds(lambda v: Variant("x", v), st.integers(-(2**63), 2**63 - 1)),
    st.builds(lambda v: Variant("s", v), _text),
    st.builds(lambda v: Variant("b", v), st.booleans()),
    st.builds(lambda v: Variant("d", v), st.floats(allow_nan=False)),
    st.builds(lambda v: Variant("as", v), st.lists(_text, max_size=4)),
)


@given(
    name=_text,
    number=st.integers(0, 2**32 - 1),
    actions=st.lists(_text, max_size=6),
    hints=st.dictionaries(_text, _leaf, max_size=5),
    expiry=st.integers(-(2**31), 2**31 - 1),
    tail=st.lists(st.tuples(st.integers(0, 255), _text), max_size=3),
)
def test_any_values_round_trip(
    *,
    name: str,
    number: int,
    actions: list[str],
    hints: dict[str, Variant],
    expiry: int,
    tail: list[tuple[int, str]],
) -> None:
    signature = "suasa{sv}ia(ys)"
    values = [name, number, actions, hints, expiry, tail]
    decoded = unmarshal(signature, marshal(signature, values))
    assert decoded == (name, number, actions, hints, expiry, tail)


def test_messages_encode_and_decode() -> None:
    fields = {1: "/org/example", 2: "org.example.Iface", 3: "Do", 6: "org.example"}
    message = Message(METHOD_CALL, 9, fields, "su", ("x", 3))
    data = encode_message(message)
    assert len(data) == message_length(data[:16])
    decoded = decode_message(data)
    assert (decoded.type, decoded.serial, decoded.signature, decoded.body) == (
        METHOD_CALL,
        9,
        "su",
        ("x", 3),
    )
    assert decoded.fields[3] == "Do"


def test_an_oversized_message_is_refused_before_reading_it() -> None:
    prefix = b"l\x02\x00\x01" + (200 * 1024 * 1024).to_bytes(4, "little") + b"\x01\0\0\0\0\0\0\0"
    with pytest.raises(BusUnavailableError):
        message_length(prefix)


# --- addresses ----------------------------------------------------------------


def test_socket_addresses_cover_paths_abstract_names_and_escapes() -> None:
    address = "tcp:host=x,port=1;unix:abstract=/tmp/dbus-Ab,guid=1;unix:path=/run/a%2cb/bus"
    assert socket_addresses(address) == [b"\0/tmp/dbus-Ab", "/run/a,b/bus"]
    assert socket_addresses("launchd:env=X") == []


def test_session_bus_address_prefers_the_environment(tmp_path: Path) -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(str(tmp_path / "bus"))
        assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == (
            f"unix:path={tmp_path / 'bus'}"
        )
    finally:
        listener.close()


def test_an_unreachable_bus_is_reported_not_raised_as_os_error(tmp_path: Path) -> None:
    with pytest.raises(BusUnavailableError, match="missing"):
        BusConnection.open(f"unix:path={tmp_path / 'missing'}", timeout_s=0.5)
    with pytest.raises(BusUnavailableError, match="no unix"):
        BusConnection.open("tcp:host=localhost,port=1")


def test_a_server_that_never_authenticates_times_out(tmp_path: Path) -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(tmp_path / "silent"))
    listener.listen(1)
    try:
        with pytest.raises(BusUnavailableError, match="in time"):
            BusConnection.open(f"unix:path={tmp_path / 'silent'}", timeout_s=0.2)
    finally:
        listener.close()


# --- a real dbus-daemon -------------------------------------------------------


def test_calls_on_a_real_bus_send_and_receive_exact_types(private_bus: PrivateBus) -> None:
    with BusConnection.open(private_bus.address) as bus:
        assert bus.unique_name.startswith(":")
        # RequestName takes "su" and answers "u": 1 = primary owner.
        reply = bus.call(
            BUS_SERVICE,
            BUS_PATH,
            BUS_INTERFACE,
            "RequestName",
            signature="su",
            args=["io.github.hipcoach.WireTest", 4],
        )
        assert reply == (1,)
        (owner,) = bus.call(
            BUS_SERVICE,
            BUS_PATH,
            BUS_INTERFACE,
            "GetNameOwner",
            signature="s",
            args=["io.github.hipcoach.WireTest"],
        )
        assert owner == bus.unique_name


def test_error_replies_raise_remote_error_with_the_d_bus_name(private_bus: PrivateBus) -> None:
    with BusConnection.open(private_bus.address) as bus:
        with pytest.raises(RemoteError) as caught:
            bus.call("org.example.Nobody", "/", "org.example.Nobody", "Anything")
        assert caught.value.name == "org.freedesktop.DBus.Error.ServiceUnknown"


def test_a_service_that_never_answers_times_out(fake_services: FakeServices) -> None:
    with (
        BusConnection.open(fake_services.bus.address) as bus,
        pytest.raises(BusUnavailableError, match="in time"),
    ):
        bus.call(CONTROL_SERVICE, CONTROL_PATH, CONTROL_INTERFACE, "Hang", timeout_s=0.2)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:20],  # cut short
        lambda data: b"X" + data[1:],  # unknown byte order
        lambda data: data[:3] + b"\x02" + data[4:],  # routine version 2
    ],
)
def test_malformed_messages_raise_bus_unavailable(damage: object) -> None:
    assert callable(damage)
    good = encode_message(Message(METHOD_CALL, 1, {1: "/a", 3: "B"}, "s", ("text",)))
    with pytest.raises(BusUnavailableError, match="D-Bus"):
        decode_message(damage(good))


def test_a_body_that_does_not_match_its_signature_is_malformed() -> None:
    good = encode_message(Message(METHOD_CALL, 1, {1: "/a", 3: "B"}, "s", ("text",)))
    # Claim the body is an array of structs: the declared length runs past the end.
    lying = good.replace(b"\x01s\x00", b"\x01a\x00")
    with pytest.raises(BusUnavailableError, match="malformed"):
        decode_message(lying)


@pytest.mark.parametrize("text", ["nul\0inside", "lone \udc80 surrogate"])
def test_strings_d_bus_cannot_carry_are_refused_before_sending(text: str) -> None:
    with pytest.raises(SignatureError):
        marshal("s", [text])
