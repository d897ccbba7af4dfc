/** The {@code models} and {@code assess} commands over the assessment-models module. */
package org.mlopsconsole.app.cli.assessment;
