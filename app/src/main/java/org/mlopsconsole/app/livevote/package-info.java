/**
 * The live vote: participants vote from their own phones and laptops while the workshop runs.
 * {@link org.mlopsconsole.app.livevote.LiveVote} holds one vote's state and saves each vote through
 * the workspace's use cases; {@link org.mlopsconsole.app.livevote.LiveVoteServer} serves it on a
 * port of its own. No JavaFX here: the desktop (workshop mode) and the command line
 * ({@code workshop serve}) both use it.
 */
package org.mlopsconsole.app.livevote;
