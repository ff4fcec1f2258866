@echo off
rem cxlint launcher of the release archives, for Windows (cmd.exe). Runs lib\cxlint.jar with
rem %JAVA_HOME%\bin\java.exe, or the java.exe on the PATH, which must be Java 17 or newer.
rem Extra JVM options: set CXLINT_JAVA_OPTS=-Xmx1g
rem (Paths are only ever expanded inside quotes or outside ( ) blocks: "Program Files (x86)".)
setlocal EnableExtensions DisableDelayedExpansion

set "CXLINT_JAR=%~dp0..\lib\cxlint.jar"
if not exist "%CXLINT_JAR%" goto nojar

set "CXLINT_JAVA="
set "CXLINT_WHERE=the PATH"
if defined JAVA_HOME set "CXLINT_WHERE=JAVA_HOME"
if defined JAVA_HOME set "CXLINT_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_HOME for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined CXLINT_JAVA set "CXLINT_JAVA=%%j"
if not defined CXLINT_JAVA goto nojava
if not exist "%CXLINT_JAVA%" goto badhome

rem The major version: "17.0.2" -> 17, "1.8.0_392" -> 8, "21" -> 21. ("call" keeps cmd /c from
rem stripping the quotes around the path.)
set "CXLINT_JV="
for /f "tokens=3" %%v in ('call "%CXLINT_JAVA%" -version 2^>^&1 ^| findstr /i version') do if not defined CXLINT_JV set "CXLINT_JV=%%~v"
set "CXLINT_MAJOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%CXLINT_JV%") do if "%%a"=="1" (set "CXLINT_MAJOR=%%b") else (set "CXLINT_MAJOR=%%a")
if "%CXLINT_MAJOR%"=="" goto run
if %CXLINT_MAJOR% LSS 17 goto oldjava

:run
"%CXLINT_JAVA%" -XX:+UseSerialGC -Xss8m -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr %CXLINT_JAVA_OPTS% -jar "%CXLINT_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo cxlint: "%CXLINT_JAR%" is missing: unpack the whole cxlint archive and run bin\cxlint.cmd from it. 1>&2
exit /b 2

:nojava
echo cxlint: no Java was found: java.exe is not on the PATH and JAVA_HOME is not set. 1>&2
goto needjava

:badhome
echo cxlint: JAVA_HOME is "%JAVA_HOME%", but there is no "%CXLINT_JAVA%". 1>&2
goto needjava

:oldjava
echo cxlint: "%CXLINT_JAVA%" (from %CXLINT_WHERE%) is Java %CXLINT_MAJOR%. 1>&2
goto needjava

:needjava
echo cxlint needs Java 17 or newer. Install it (for example: winget install EclipseAdoptium.Temurin.17.JRE) 1>&2
echo and put it on the PATH or set JAVA_HOME. 1>&2
exit /b 2
