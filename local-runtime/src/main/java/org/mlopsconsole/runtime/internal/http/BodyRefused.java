package org.mlopsconsole.runtime.internal.http;

import java.io.IOException;

/** Reading the body stopped: too large (413) or too slow (408). An IOException, to pass through parsers. */
final class BodyRefused extends IOException {

    private static final long serialVersionUID = 1L;

    final int status;

    BodyRefused(int status, String message) {
        super(message);
        this.status = status;
    }
}
