"""The Library page: search, filters, the exercise list and the detail pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hipcoach.core.library_snapshot import LibrarySnapshot, SnapshotRow
from hipcoach.ui.accessible import name_by_content, name_clear_button
from hipcoach.ui.exercise_model import (
    EXERCISE_ROLE,
    Column,
    ExerciseFilterModel,
    ExerciseTableModel,
)
from hipcoach.ui.flow_layout import FlowLayout
from hipcoach.ui.translate import render

if TYPE_CHECKING:
    # The library's own modules load with the library: after the first paint
    # of a window that starts from a snapshot (see ``core.library_snapshot``).
    from hipcoach.core.exercises import Exercise
    from hipcoach.core.learn import LearnEntry
    from hipcoach.core.library import Library
    from hipcoach.core.search import ExerciseFilter
    from hipcoach.ui.exercise_detail import ExerciseDetail
    from hipcoach.ui.figure_view import FigurePanel

#: Characters a filter box keeps room for; longer entries show whole in its open list.
_COMBO_CHARACTERS = 12
#: Room (pixels) added around the text of each row of the list, on each side.
_ROW_PADDING_X = 2
_ROW_PADDING_Y = 3


def _combo(name: str, everything: str, values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    # Sized to a short entry, not the longest one, so the page fits a small window.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(_COMBO_CHARACTERS)
    combo.setAccessibleName(name)
    combo.addItem(everything, None)
    for label, value in values:
        combo.addItem(label, value)
    return combo


class _RoomyRows(QStyledItemDelegate):
    """Draws the list's rows as usual, a little taller and wider: easier to hit and to read."""

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return super().sizeHint(option, index) + QSize(_ROW_PADDING_X * 2, _ROW_PADDING_Y * 2)


class LibraryPage(QWidget):
    """Browse and read every exercise that loaded.

    ``exercise_selected`` fires with the exercise whenever the selection
    changes to one (not when the selection becomes empty).
    ``learn_requested`` fires with the key of a Learn entry (see
    ``hipcoach.core.learn``) when the user follows a link to it: a target
    muscle in the detail, or an entry the search found. ``set_library``
    shows another library (the packs read again). ``actions_row`` is the
    row under the list where the exercise and pack actions put their buttons.

    With ``detail_later`` the detail pane (``detail`` and ``figure``) is
    built on the event loop's next turn after the page first paints, so the
    list shows sooner; anything that reads ``detail`` or ``figure`` before
    then has it built at once, showing the selected exercise.

    Built from a ``LibrarySnapshot`` instead of a library, the page shows
    the snapshot's rows (the filters offer nothing yet) until ``set_library``
    gives it the library; whatever needs the library before then (a search
    typed, the detail, ``library``) calls ``library_needed`` first, which
    should give it at once.
    """

    # An ``Exercise``; declared as object so the class is made without the library's
    # modules, which a window that starts from a snapshot loads after its first paint.
    exercise_selected = Signal(object)
    learn_requested = Signal(str)

    def __init__(
        self,
        library: Library | LibrarySnapshot,
        parent: QWidget | None = None,
        *,
        detail_later: bool = False,
    ) -> None:
        super().__init__(parent)
        snapshot = library if isinstance(library, LibrarySnapshot) else None
        self._snapshot = snapshot
        self._library: Library | None = None if isinstance(library, LibrarySnapshot) else library
        #: Called when the page needs its library before it has one (see the class).
        self.library_needed: Callable[[], None] | None = None
        self._detail: ExerciseDetail | None = None
        self._figure: FigurePanel | None = None
        self.model = ExerciseTableModel()
        if self._library is not None:
            self.model.set_exercises(self._library.exercises)
        elif snapshot is not None:
            self.model.set_rows(snapshot.rows)
        self.filter_model = ExerciseFilterModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.installEventFilter(self)

        self.category_box = _combo(self.tr("Category"), self.tr("All categories"), [])
        self.target_box = _combo(self.tr("Target muscle"), self.tr("All muscles"), [])
        self.equipment_box = _combo(self.tr("Equipment"), self.tr("Any equipment"), [])
        self.position_box = _combo(self.tr("Position"), self.tr("Any position"), [])
        if self._library is not None:
            self._fill_facets()
        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, box in (
            (self.tr("&Category"), self.category_box),
            (self.tr("&Muscle"), self.target_box),
            (self.tr("E&quipment"), self.equipment_box),
            (self.tr("&Position"), self.position_box),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(box)
            filters.addRow(buddy, box)
            box.currentIndexChanged.connect(self._apply_filter)

        self.view = QTreeView()
        self.view.setModel(self.filter_model)
        self.view.setAccessibleName(self.tr("Exercises"))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegate(_RoomyRows(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CATEGORY, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self._fit_category_column()
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.count_label = QLabel()
        name_by_content(self.count_label, self.tr("Number of exercises shown"))

        self.problems = self._problems_panel()
        self._learn_entries: tuple[LearnEntry, ...] = ()
        self.learn_found = self._learn_panel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        actions = QWidget()
        # A flow, so the buttons wrap rather than widen the list in a small window.
        self.actions_row = FlowLayout(actions)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.learn_found)
        left_layout.addWidget(actions)  # below the Learn links, as Tab reaches them after those
        left_layout.addWidget(self.problems)

        right = QWidget()
        self._right_layout = QVBoxLayout(right)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout.setSpacing(0)

        splitter = QSplitter()  # side by side
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._apply_filter)
        # A window shortcut: while the page shows, wherever the focus is (the
        # section list, after Ctrl+1).
        focus_search = QShortcut(QKeySequence.StandardKey.Find, self)
        focus_search.activated.connect(self.focus_search)

        self.setTabOrder(self.search, self.category_box)
        self.setTabOrder(self.category_box, self.target_box)
        self.setTabOrder(self.target_box, self.equipment_box)
        self.setTabOrder(self.equipment_box, self.position_box)
        self.setTabOrder(self.position_box, self.view)
        # The Learn entries the search finds sit under the list (``_add_learn_entries``),
        # then the action buttons; then the figure's buttons, above the detail text.
        self._last_on_left: QWidget = self.view  # the action buttons follow it (``add_actions``)
        if self._library is not None:
            self._add_learn_entries(self._library)
        self._update_count()
        if self.filter_model.rowCount():
            self.view.setCurrentIndex(self.filter_model.index(0, 0))
        if detail_later or self._library is None:  # a snapshot's page: with the library
            self.installEventFilter(self)
        else:
            self._build_detail()

    @property
    def detail(self) -> ExerciseDetail:
        """The selected exercise's text (built now if it was left for later)."""
        if self._detail is None:
            self._build_detail()
        assert self._detail is not None
        return self._detail

    @property
    def figure(self) -> FigurePanel:
        """The selected exercise's figure and its buttons (built now if left for later)."""
        if self._figure is None:
            self._build_detail()
        assert self._figure is not None
        return self._figure

    def _build_detail_if_ready(self) -> None:
        """Build the detail pane now, unless it waits for the library (``set_library``)."""
        if self._library is not None or self.library_needed is not None:
            self._build_detail()

    def _build_detail(self) -> None:
        if self._detail is not None:
            return
        from hipcoach.ui.exercise_detail import ExerciseDetail  # noqa: PLC0415
        from hipcoach.ui.figure_view import FigurePanel  # noqa: PLC0415

        self.removeEventFilter(self)
        # With the detail: the button loads its icon from the style, which the first paint can
        # do without (it shows only once something is typed).
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, self.tr("Clear search"))
        detail = self._detail = ExerciseDetail(reference=self.library.reference)
        detail.learn_requested.connect(self.learn_requested)
        figure = self._figure = FigurePanel()
        self._right_layout.addWidget(figure)
        self._right_layout.addWidget(detail, 1)
        # The figure's buttons come after the list's side, above the detail text.
        last_on_left = self._last_on_left
        self.setTabOrder(last_on_left, figure.previous_button)
        self.setTabOrder(figure.previous_button, figure.play_button)
        self.setTabOrder(figure.play_button, figure.next_button)
        self.setTabOrder(figure.next_button, figure.side_button)
        self.setTabOrder(figure.side_button, detail)
        exercise = self.current_exercise()
        detail.show_exercise(exercise)
        figure.show_exercise(exercise)

    def _fit_category_column(self) -> None:
        """Make the category column as wide as the longest category name (any of them).

        Measured from the names rather than from every row (as Qt's
        ``ResizeToContents`` would, again at every layout), so the column
        also keeps its width while a filter hides some categories.
        """
        view = self.view
        metrics = view.fontMetrics()
        names = self._category_names()
        widest = max(metrics.horizontalAdvance(name) for name in names)
        shown = self.filter_model.index(0, Column.CATEGORY)
        if shown.isValid():  # the style's margins around a cell's text, from a real cell
            text = str(shown.data())
            margins = view.sizeHintForIndex(shown).width() - metrics.horizontalAdvance(text)
        else:
            from PySide6.QtWidgets import QStyle  # noqa: PLC0415  (a large class, rarely needed)

            margins = 4 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 4
        # One pixel more: text widths are rounded, a cell's and a name's differently.
        width = max(widest + margins + 1, view.header().sectionSizeHint(Column.CATEGORY))
        view.header().resizeSection(Column.CATEGORY, width)

    def _category_names(self) -> list[str]:
        """Return the name of every category, as shown (a snapshot's, until the library)."""
        if self._library is None and self._snapshot is not None:
            return list(self._snapshot.category_names)
        from hipcoach.core.exercises import Category  # noqa: PLC0415 (see the top)

        return [render(category.label_message) for category in Category]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the category column again when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_category_column()

    def _fill_facets(self) -> None:
        """Offer the categories, targets, equipment and positions, keeping what is chosen."""
        from hipcoach.core.exercises import Category, Position  # noqa: PLC0415 (see the top)
        from hipcoach.core.search import facet_values  # noqa: PLC0415

        facets = facet_values(self.library.exercises)
        for box, values in (
            (self.category_box, [(render(c.label_message), c) for c in Category]),
            (self.target_box, [(t.capitalize(), t) for t in facets["targets"]]),
            (self.equipment_box, [(e.capitalize(), e) for e in facets["equipment"]]),
            (
                self.position_box,
                [(render(Position(p).label_message), Position(p)) for p in facets["positions"]],
            ),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for label, value in values:
                box.addItem(label, value)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
            box.blockSignals(False)

    @property
    def library(self) -> Library:
        """Return the library on show (asked for with ``library_needed`` if not there yet).

        Raises ``RuntimeError`` when the page has none and ``library_needed``
        does not give it one.
        """
        if self._library is None and self.library_needed is not None:
            self.library_needed()
        if self._library is None:
            raise RuntimeError("the Library page has no library yet")
        return self._library

    @property
    def has_library(self) -> bool:
        """Whether the page has its library (not while it shows a snapshot only)."""
        return self._library is not None

    def snapshot(self) -> LibrarySnapshot:
        """Return what the page shows first, to show it before the library on the next start."""
        broken_packs, problems_text = self._problems_shown()
        return LibrarySnapshot(
            rows=self.model.rows,
            category_names=tuple(self._category_names()),
            has_reference=self.library.reference is not None,
            broken_packs=broken_packs,
            problems_text=problems_text,
        )

    def selected_row(self) -> SnapshotRow | None:
        """Return the texts of the row selected, if any (there may be no exercise yet)."""
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        rows = self.model.rows
        row = self.filter_model.mapToSource(indexes[0]).row()
        return rows[row] if 0 <= row < len(rows) else None

    def current_exercise(self) -> Exercise | None:
        """Return the exercise selected in the list, if any."""
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(EXERCISE_ROLE) if indexes else None

    def set_library(self, library: Library) -> None:
        """Show ``library`` instead; the selected exercise stays selected if it is still there.

        The search and filters stay as they are (a filter whose value the
        new library no longer has goes back to "all").
        """
        selected = self.current_exercise()
        first = self._library is None
        self._library = library
        self._fill_facets()
        self.model.set_exercises(library.exercises)
        if first:
            self._add_learn_entries(library)
            # The row picked in the snapshot (the first, or the user's) now has its exercise.
            selected = self.current_exercise()
            if selected is not None:
                self._show_selected(selected)
            self._build_detail()
        self.filter_model.set_filter(self.current_filter())
        self._show_problems()
        self._update_count()
        if selected is None or not self.select_exercise(selected.id):
            if self.filter_model.rowCount():
                self.view.setCurrentIndex(self.filter_model.index(0, 0))
            else:
                self.detail.show_exercise(None)
                self.figure.show_exercise(None)

    def _learn_panel(self) -> QWidget:
        """Return the row that offers the Learn entries the search finds (shown as you type).

        It gets a button for every entry with the library (``_add_learn_entries``);
        the search shows those it finds.
        """
        panel = QWidget()
        self._learn_row = layout = FlowLayout(panel)
        self.learn_label = QLabel(self.tr("Learn:"))
        layout.addWidget(self.learn_label)
        self._learn_buttons: dict[str, QPushButton] = {}
        panel.setVisible(False)
        return panel

    def _add_learn_entries(self, library: Library) -> None:
        """Give the Learn row a (hidden) button for each entry of ``library``'s reference.

        Tab reaches them right after the list, before the action buttons.
        """
        if library.reference is None:
            return
        from hipcoach.core.learn import learn_entries  # noqa: PLC0415 (see the top)

        self._learn_entries = tuple(learn_entries(library.reference))
        previous: QWidget = self.view
        for entry in self._learn_entries:
            button = self._learn_button(entry)
            button.setVisible(False)
            self._learn_row.addWidget(button)
            self._learn_buttons[entry.key] = button
            self.setTabOrder(previous, button)
            previous = button
        if self._last_on_left is self.view:
            self._last_on_left = previous

    @property
    def learn_buttons(self) -> list[QPushButton]:
        """Return the buttons of the Learn entries the search finds, in their order."""
        return [button for button in self._learn_buttons.values() if not button.isHidden()]

    def _show_learn_found(self) -> None:
        from hipcoach.core.search import find_learn_entries  # noqa: PLC0415 (see the top)

        found = find_learn_entries(
            self._learn_entries, self.search.text(), lambda entry: render(entry.title)
        )
        keys = {entry.key for entry in found}
        for key, button in self._learn_buttons.items():
            button.setVisible(key in keys)
        self.learn_found.setVisible(bool(found))

    def _learn_button(self, entry: LearnEntry) -> QPushButton:
        title = render(entry.title)
        button = QPushButton(title)
        button.setAccessibleName(self.tr("Learn: {title}").format(title=title))
        button.setToolTip(self.tr("Read about this on the Learn page"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, key=entry.key: self.learn_requested.emit(key))
        return button

    def _problems_panel(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        self._problems_title = title = QLabel()
        title.setWordWrap(True)
        layout.addWidget(title)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Problems in exercise packs"))
        text.setMaximumHeight(120)
        title.setBuddy(text)
        layout.addWidget(text)
        self.problems_text = text
        self._problems_frame = frame
        self._show_problems()
        return frame

    def _problems_shown(self) -> tuple[int, str]:
        """Return how many packs were skipped and what was wrong with them, as shown."""
        if self._library is None:
            snapshot = self._snapshot
            return (snapshot.broken_packs, snapshot.problems_text) if snapshot else (0, "")
        broken = self._library.broken_packs
        return len(broken), "\n".join(
            f"{pack.name} ({pack.folder}):\n"
            + "\n".join(f"  {p.location}: {render(p.text)}" for p in pack.problems)
            for pack in broken
        )

    def _show_problems(self) -> None:
        count, text = self._problems_shown()
        self._problems_title.setText(
            "<b>⚠ "
            + (
                self.tr("1 exercise pack was skipped because of problems:")
                if count == 1
                else self.tr("%n exercise packs were skipped because of problems:", "", count)
            )
            + "</b>"
        )
        self.problems_text.setPlainText(text)
        self._problems_frame.setVisible(bool(count))

    def add_actions(self, buttons: Sequence[QWidget]) -> None:
        """Put ``buttons`` in the row under the exercise list, after those already there.

        Tab reaches them after the list (and its Learn entries), before the figure.
        """
        for button in buttons:
            self.actions_row.addWidget(button)
            self.setTabOrder(self._last_on_left, button)
            self._last_on_left = button

    def focus_search(self) -> None:
        """Put the keyboard focus in the search box with its text selected."""
        from PySide6.QtCore import Qt  # noqa: PLC0415  (see ``exercise_model``: not at start)

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_filter(self) -> ExerciseFilter:
        """Return the filter the controls describe."""
        from hipcoach.core.search import ExerciseFilter  # noqa: PLC0415 (see the top)

        return ExerciseFilter(
            query=self.search.text(),
            category=self.category_box.currentData(),
            target=self.target_box.currentData(),
            equipment=self.equipment_box.currentData(),
            position=self.position_box.currentData(),
        )

    def visible_exercises(self) -> list[Exercise]:
        """Return the exercises the list shows, top to bottom."""
        self.library  # noqa: B018 - the rows need their exercises (see ``library``)
        return [
            self.filter_model.index(row, 0).data(EXERCISE_ROLE)
            for row in range(self.filter_model.rowCount())
        ]

    def show_exercise(self, exercise_id: str) -> bool:
        """Select the exercise ``exercise_id``, clearing the search and filters if they hide it.

        Returns whether the library has that exercise.
        """
        if self.select_exercise(exercise_id):
            return True
        if not any(e.id == exercise_id for e in self.library.exercises):
            return False
        self.search.clear()
        for box in (self.category_box, self.target_box, self.equipment_box, self.position_box):
            box.setCurrentIndex(0)
        return self.select_exercise(exercise_id)

    def select_exercise(self, exercise_id: str) -> bool:
        """Select the exercise with ``exercise_id`` if it is shown; return whether it was."""
        self.library  # noqa: B018 - the rows need their exercises (see ``library``)
        for row in range(self.filter_model.rowCount()):
            index = self.filter_model.index(row, 0)
            if index.data(EXERCISE_ROLE).id == exercise_id:
                self.view.setCurrentIndex(index)
                return True
        return False

    def _apply_filter(self) -> None:
        if self._library is None and self.library_needed is not None:
            self.library_needed()
        if self._library is None:
            return  # a snapshot's rows only: nothing to filter with yet
        self.filter_model.set_filter(self.current_filter())
        self._update_count()
        self._show_learn_found()
        selected = self.view.selectionModel().selectedRows()
        if not selected and self.filter_model.rowCount():
            self.view.setCurrentIndex(self.filter_model.index(0, 0))
        elif not self.filter_model.rowCount():
            self.detail.show_exercise(None)
            self.figure.show_exercise(None)

    def _update_count(self) -> None:
        shown, total = self.filter_model.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n exercises", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of %n exercises match", "", total).format(shown=shown)
            )

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        exercise = indexes[0].data(EXERCISE_ROLE)
        if exercise is not None:  # else a snapshot's row: ``set_library`` shows it
            self._show_selected(exercise)

    def _show_selected(self, exercise: Exercise) -> None:
        if self._detail is not None and self._figure is not None:
            self._detail.show_exercise(exercise)
            self._figure.show_exercise(exercise)
        # Otherwise the detail shows the selected exercise once it is built.
        self.exercise_selected.emit(exercise)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let the arrow keys leave the search box for the list, and Esc clear it.

        With the detail left for later, its building begins at the page's first paint.
        """
        if watched is self and event.type() == QEvent.Type.Paint and self._detail is None:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._build_detail_if_ready)
            return False
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            from PySide6.QtCore import Qt  # noqa: PLC0415  (see ``exercise_model``: not at start)

            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.view.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
