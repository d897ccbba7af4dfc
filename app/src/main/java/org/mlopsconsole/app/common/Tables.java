package org.mlopsconsole.app.common;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Tables that hold: text columns that never shrink below their header, cells that show their full
 * text on hover, empty states that say what to do next, and tables that grow with their rows.
 */
public final class Tables {

    /** Room for the header's sort arrow and padding besides its text. */
    private static final double HEADER_PADDING = 24;

    private static final double HEADER_FONT_SIZE = 14;

    /** A cell's padding on both sides, with a little room so the text is not cut to "…" by rounding. */
    private static final double CELL_PADDING = 22;

    private Tables() {}

    /** A text column at {@code prefWidth}, never narrower than its header, each cell's text in full on hover. */
    public static <T> TableColumn<T, String> textColumn(String title, double prefWidth, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(prefWidth);
        column.setMinWidth(headerWidth(title));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new FullTextOnHoverCell<>());
        return column;
    }

    /**
     * The width the header needs to show its title whole: measured in bold at the theme's size
     * (AtlantaFX sets 14px, above JavaFX's default), so it errs on the wide side.
     */
    public static double headerWidth(String title) {
        Text text = new Text(title);
        text.setFont(Font.font(
                Font.getDefault().getFamily(),
                FontWeight.BOLD,
                Math.max(HEADER_FONT_SIZE, Font.getDefault().getSize())));
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }

    /**
     * Sizes {@code column} to its content: never narrower than its header or its widest cell's
     * text (up to {@code maxWidth}, beyond which the cell's tooltip shows the rest), nor wider; kept
     * as the rows change. For short values (a level, a dimension's name) that must never collapse.
     */
    public static <T> void sizeToContent(
            TableColumn<T, ?> column, ObservableList<T> rows, Function<T, String> text, double maxWidth) {
        Runnable fit = () -> {
            double header = headerWidth(column.getText());
            double widest = header;
            for (T row : rows) {
                widest = Math.max(widest, cellWidth(text.apply(row)));
            }
            double width = Math.min(widest, Math.max(maxWidth, header));
            column.setMinWidth(width);
            column.setPrefWidth(width);
            column.setMaxWidth(width);
        };
        rows.addListener((ListChangeListener<T>) change -> fit.run());
        fit.run();
    }

    /** The width a cell needs to show {@code text} whole, at the theme's size, with its padding. */
    public static double cellWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(Font.font(
                Font.getDefault().getFamily(),
                Math.max(HEADER_FONT_SIZE, Font.getDefault().getSize())));
        return Math.ceil(measured.getLayoutBounds().getWidth()) + CELL_PADDING;
    }

    /** Shows {@code state} in the table while it has no rows. */
    public static void emptyState(TableView<?> table, EmptyState state) {
        table.setPlaceholder(placeholder(state));
    }

    /** The node for an empty state: what is missing, then, muted, what to do next. */
    public static VBox placeholder(EmptyState state) {
        Label missing = new Label(state.missing());
        missing.getStyleClass().add("empty-state-missing");
        missing.setWrapText(true);
        Label next = new Label(state.nextStep());
        next.getStyleClass().addAll("empty-state-next", Styles.TEXT_MUTED);
        next.setWrapText(true);
        VBox box = new VBox(4, missing, next);
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(480);
        return box;
    }

    /**
     * Sizes the table to its rows (fixed row height), so it grows with the page instead of
     * scrolling inside it; {@code minRows} keeps room for the empty state.
     */
    public static void growWithRows(TableView<?> table, double rowHeight, int minRows) {
        table.setFixedCellSize(rowHeight);
        table.prefHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> (Math.max(minRows, table.getItems().size()) + 2.0) * rowHeight, table.getItems()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        wheelScrollsPage(table);
    }

    /**
     * The mouse wheel over {@code table} scrolls the page around it (the nearest scroll pane), not
     * the table: a table inside a scrolling page would otherwise stop the page under the pointer.
     * The table still scrolls with its scroll bars and the keyboard.
     */
    public static void wheelScrollsPage(TableView<?> table) {
        table.addEventFilter(ScrollEvent.SCROLL, event -> {
            ScrollPane page = enclosingScrollPane(table);
            if (page == null || page.getContent() == null || event.getDeltaY() == 0) {
                return;
            }
            double hidden = page.getContent().getBoundsInLocal().getHeight()
                    - page.getViewportBounds().getHeight();
            if (hidden > 0) {
                double range = page.getVmax() - page.getVmin();
                double value = page.getVvalue() - event.getDeltaY() / hidden * range;
                page.setVvalue(Math.max(page.getVmin(), Math.min(page.getVmax(), value)));
            }
            event.consume();
        });
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** A text cell whose tooltip holds its full text (seen where the column cuts it short). */
    private static final class FullTextOnHoverCell<T> extends TableCell<T, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.isEmpty()) {
                setText(null);
                setTooltip(null);
            } else {
                setText(item);
                setTooltip(new Tooltip(item));
            }
        }
    }
}
