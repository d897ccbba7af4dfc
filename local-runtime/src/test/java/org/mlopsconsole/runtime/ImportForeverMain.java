package org.mlopsconsole.runtime;

import java.nio.file.Path;
import java.util.OptionalLong;

/** For {@link KilledImportTest}: imports the file into the repository again and again, until killed. */
public final class ImportForeverMain {

    private ImportForeverMain() {}

    public static void main(String[] args) {
        ModelRepository repository = ModelRepository.open(Path.of(args[0]));
        Path model = Path.of(args[1]);
        while (true) {
            repository.importModel(model, "big", OptionalLong.empty());
        }
    }
}
