package org.mlopsconsole.app.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML of a view by convention: {@code FooView} in package {@code a.b} loads
 * {@code a/b/Foo.fxml}, with the view instance as its controller. Views are therefore built with
 * constructors (their ViewModel passed in), and FXML files name no controller class.
 */
public final class ViewLoader {

    private ViewLoader() {}

    public static Parent load(Object view) {
        Class<?> type = view.getClass();
        String name = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = type.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No FXML " + name + " beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
