@echo off
rem The headless MLOps Console runtime: mlops-runtime serve --repository DIR (see README.md).
rem Needs a Java 17 or newer: JAVA_HOME, or java on the PATH. JAVA_OPTS adds JVM options.
setlocal
set "HERE=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %JAVA_OPTS% -jar "%HERE%\mlops-runtime.jar" %*
