<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BuildPanel</name>
    <message numerus="yes">
        <source>Context: %n file(s), %1</source>
        <translation>
            <numerusform>Context: %n file, %1</numerusform>
            <numerusform>Context: %n files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildStepsModel</name>
    <message numerus="yes">
        <source>%n earlier line(s) hidden: see the raw log for all of them</source>
        <translation>
            <numerusform>%n earlier line hidden: see the raw log for all of them</numerusform>
            <numerusform>%n earlier lines hidden: see the raw log for all of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of output</source>
        <translation>
            <numerusform>%n line of output</numerusform>
            <numerusform>%n lines of output</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesField</name>
    <message numerus="yes">
        <source>%n change(s) to the configuration.</source>
        <translation>
            <numerusform>%n change to the configuration.</numerusform>
            <numerusform>%n changes to the configuration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message numerus="yes">
        <source>%n path(s) differ from the image (docker diff).</source>
        <translation>
            <numerusform>%n path differs from the image (docker diff).</numerusform>
            <numerusform>%n paths differ from the image (docker diff).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message numerus="yes">
        <source>%n service(s) in %1.</source>
        <translation>
            <numerusform>%n service in %1.</numerusform>
            <numerusform>%n services in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of logs, merged in time order across the project's containers.</source>
        <translation>
            <numerusform>%n line of logs, merged in time order across the project's containers.</numerusform>
            <numerusform>%n lines of logs, merged in time order across the project's containers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeServicesModel</name>
    <message numerus="yes">
        <source>Every line of output, %n line(s)</source>
        <translation>
            <numerusform>Every line of output, %n line</numerusform>
            <numerusform>Every line of output, %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) of output</source>
        <translation>
            <numerusform>%1: %n line of output</numerusform>
            <numerusform>%1: %n lines of output</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainerBatch</name>
    <message numerus="yes">
        <source>%n container(s): done.</source>
        <translation>
            <numerusform>%n container: done.</numerusform>
            <numerusform>%n containers: done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s): all failed.</source>
        <translation>
            <numerusform>%n container: all failed.</numerusform>
            <numerusform>%n containers: all failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s) done, %2 failed.</source>
        <translation>
            <numerusform>%1 of %n container done, %2 failed.</numerusform>
            <numerusform>%1 of %n containers done, %2 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainerLimits</name>
    <message numerus="yes">
        <source>The engine's host has %n CPU(s): the limit cannot be higher.</source>
        <translation>
            <numerusform>The engine's host has %n CPU: the limit cannot be higher.</numerusform>
            <numerusform>The engine's host has %n CPUs: the limit cannot be higher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainersModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n running</source>
        <translation>
            <numerusform>All %n running</numerusform>
            <numerusform>All %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of %n running</source>
        <translation>
            <numerusform>None of %n running</numerusform>
            <numerusform>None of %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 of %n running</numerusform>
            <numerusform>%1 of %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message numerus="yes">
        <source>%n container(s), %1 running</source>
        <translation>
            <numerusform>%n container, %1 running</numerusform>
            <numerusform>%n containers, %1 running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s) shown</source>
        <translation>
            <numerusform>%1 of %n container shown</numerusform>
            <numerusform>%1 of %n containers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n container(s) will be removed:</source>
        <translation>
            <numerusform>These %n container will be removed:</numerusform>
            <numerusform>These %n containers will be removed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n</source>
        <translation>
            <numerusform>&amp;Remove %n</numerusform>
            <numerusform>&amp;Remove %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop these %n container(s)? Each gets SIGTERM (or its stop signal), then SIGKILL after its timeout.</source>
        <translation>
            <numerusform>Stop these %n container? Each gets SIGTERM (or its stop signal), then SIGKILL after its timeout.</numerusform>
            <numerusform>Stop these %n containers? Each gets SIGTERM (or its stop signal), then SIGKILL after its timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart these %n container(s)? Their processes are stopped and started again.</source>
        <translation>
            <numerusform>Restart these %n container? Their processes are stopped and started again.</numerusform>
            <numerusform>Restart these %n containers? Their processes are stopped and started again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause these %n container(s)? Their processes are frozen until unpaused.</source>
        <translation>
            <numerusform>Pause these %n container? Their processes are frozen until unpaused.</numerusform>
            <numerusform>Pause these %n containers? Their processes are frozen until unpaused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n container(s) running</source>
        <translation>
            <numerusform>%1 of %n container running</numerusform>
            <numerusform>%1 of %n containers running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engine(s)</source>
        <translation>
            <numerusform>%n engine</numerusform>
            <numerusform>%n engines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyToContainerDialog</name>
    <message numerus="yes">
        <source>Copy %n item(s) (%1) to:</source>
        <translation>
            <numerusform>Copy %n item (%1) to:</numerusform>
            <numerusform>Copy %n items (%1) to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%1 running on %n engine(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 running on %n engine · %2 · %3</numerusform>
            <numerusform>%1 running on %n engines · %2 · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message numerus="yes">
        <source>It happened %n time(s) in the last minutes.</source>
        <translation>
            <numerusform>It happened %n time in the last minutes.</numerusform>
            <numerusform>It happened %n times in the last minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskUsageItemsModel</name>
    <message numerus="yes">
        <source>%1, used %n time(s)</source>
        <translation>
            <numerusform>%1, used %n time</numerusform>
            <numerusform>%1, used %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockerfileEditor</name>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineInfoView</name>
    <message numerus="yes">
        <source>The engine reports %n warning(s):</source>
        <translation>
            <numerusform>The engine reports %n warning:</numerusform>
            <numerusform>The engine reports %n warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>Paused: %n new event(s) waiting.</source>
        <translation>
            <numerusform>Paused: %n new event waiting.</numerusform>
            <numerusform>Paused: %n new events waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed at %1: %n missed event(s) added.</source>
        <translation>
            <numerusform>Refreshed at %1: %n missed event added.</numerusform>
            <numerusform>Refreshed at %1: %n missed events added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message numerus="yes">
        <source>%n existing file(s) left as they were.</source>
        <translation>
            <numerusform>%n existing file left as they were.</numerusform>
            <numerusform>%n existing files left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %3 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %2, %3 of %n file</numerusform>
            <numerusform>%1 of %2, %3 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n file(s) so far</source>
        <translation>
            <numerusform>%1, %n file so far</numerusform>
            <numerusform>%1, %n files so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetContainersModel</name>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 of %n running</numerusform>
            <numerusform>%1 of %n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetContainersView</name>
    <message numerus="yes">
        <source>Remove these %n container(s)? Their volumes are kept.</source>
        <translation>
            <numerusform>Remove these %n container? Their volumes are kept.</numerusform>
            <numerusform>Remove these %n containers? Their volumes are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n</source>
        <translation>
            <numerusform>&amp;Remove %n</numerusform>
            <numerusform>&amp;Remove %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>%n failed run(s) in a row</source>
        <translation>
            <numerusform>%n failed run in a row</numerusform>
            <numerusform>%n failed runs in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed run(s) in a row (the engine's default)</source>
        <translation>
            <numerusform>%n failed run in a row (the engine's default)</numerusform>
            <numerusform>%n failed runs in a row (the engine's default)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message numerus="yes">
        <source>&lt;span style="color:%1"&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %n failed run(s) in a row</source>
        <translation>
            <numerusform>&lt;span style="color:%1"&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %n failed run in a row</numerusform>
            <numerusform>&lt;span style="color:%1"&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %n failed runs in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message numerus="yes">
        <source>Docker Hub cannot be reached from the engine (no answer within %n second(s)). The engine searches on Cais's behalf; check the network, DNS and proxy settings of the engine's host.</source>
        <translation>
            <numerusform>Docker Hub cannot be reached from the engine (no answer within %n second). The engine searches on Cais's behalf; check the network, DNS and proxy settings of the engine's host.</numerusform>
            <numerusform>Docker Hub cannot be reached from the engine (no answer within %n seconds). The engine searches on Cais's behalf; check the network, DNS and proxy settings of the engine's host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDetails</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them add no bytes</source>
        <translation>
            <numerusform>%n of them add no bytes</numerusform>
            <numerusform>%n of them add no bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) show &lt;missing&gt;: they were built elsewhere (pulled, loaded or built with BuildKit). Their layers are part of this image, but they are not stored here as separate images, so they have no image ID.</source>
        <translation>
            <numerusform>%n step show &lt;missing&gt;: they were built elsewhere (pulled, loaded or built with BuildKit). Their layers are part of this image, but they are not stored here as separate images, so they have no image ID.</numerusform>
            <numerusform>%n steps show &lt;missing&gt;: they were built elsewhere (pulled, loaded or built with BuildKit). Their layers are part of this image, but they are not stored here as separate images, so they have no image ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesModel</name>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 of %n image</numerusform>
            <numerusform>%1 of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Images…</source>
        <translation>
            <numerusform>Remove %n Images…</numerusform>
            <numerusform>Remove %n Images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Push %n Tags…</source>
        <translation>
            <numerusform>Push %n Tags…</numerusform>
            <numerusform>Push %n Tags…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Push %n tag(s)? Each goes to the registry its name says:</source>
        <translation>
            <numerusform>Push %n tag? Each goes to the registry its name says:</numerusform>
            <numerusform>Push %n tags? Each goes to the registry its name says:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Push %n Tag(s)</source>
        <translation>
            <numerusform>Push %n Tag</numerusform>
            <numerusform>Push %n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Names…</source>
        <translation>
            <numerusform>Tag %n Names…</numerusform>
            <numerusform>Tag %n Names…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown.</source>
        <translation>
            <numerusform>%n line shown.</numerusform>
            <numerusform>%n lines shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n network(s)</source>
        <translation>
            <numerusform>%1 of %n network</numerusform>
            <numerusform>%1 of %n networks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <source>Retrying in %n second(s)</source>
        <translation>
            <numerusform>Retrying in %n second</numerusform>
            <numerusform>Retrying in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <source>%1 of %n layer(s) done</source>
        <translation>
            <numerusform>%1 of %n layer done</numerusform>
            <numerusform>%1 of %n layers done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message numerus="yes">
        <source>%n intermediate image(s) from builds, not shown in the list</source>
        <translation>
            <numerusform>%n intermediate image from builds, not shown in the list</numerusform>
            <numerusform>%n intermediate images from builds, not shown in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) will be removed</source>
        <translation>
            <numerusform>%n image will be removed</numerusform>
            <numerusform>%n images will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n intermediate image(s))</source>
        <translation>
            <numerusform>(and %n intermediate image)</numerusform>
            <numerusform>(and %n intermediate images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) removed</source>
        <translation>
            <numerusform>%n tag removed</numerusform>
            <numerusform>%n tags removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The engine removed %n image(s)</source>
        <translation>
            <numerusform>The engine removed %n image</numerusform>
            <numerusform>The engine removed %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneNetworksDialog</name>
    <message numerus="yes">
        <source>%n network(s) removed.</source>
        <translation>
            <numerusform>%n network removed.</numerusform>
            <numerusform>%n networks removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) go.</source>
        <translation>
            <numerusform>%n network go.</numerusform>
            <numerusform>%n networks go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneVolumesDialog</name>
    <message numerus="yes">
        <source>%n volume(s) removed, %1 freed.</source>
        <translation>
            <numerusform>%n volume removed, %1 freed.</numerusform>
            <numerusform>%n volumes removed, %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) go, freeing %1.</source>
        <translation>
            <numerusform>%n volume go, freeing %1.</numerusform>
            <numerusform>%n volumes go, freeing %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) go, freeing at least %1 (some sizes are not known yet).</source>
        <translation>
            <numerusform>%n volume go, freeing at least %1 (some sizes are not known yet).</numerusform>
            <numerusform>%n volumes go, freeing at least %1 (some sizes are not known yet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryAuth</name>
    <message numerus="yes">
        <source>The credential helper %1 did not answer within %n second(s); continuing without credentials.</source>
        <translation>
            <numerusform>The credential helper %1 did not answer within %n second; continuing without credentials.</numerusform>
            <numerusform>The credential helper %1 did not answer within %n seconds; continuing without credentials.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message numerus="yes">
        <source>%n container(s) use images built on this one; those images keep it.</source>
        <translation>
            <numerusform>%n container use images built on this one; those images keep it.</numerusform>
            <numerusform>%n containers use images built on this one; those images keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) untagged</source>
        <translation>
            <numerusform>%n tag untagged</numerusform>
            <numerusform>%n tags untagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) or layer(s) deleted</source>
        <translation>
            <numerusform>%n image or layer deleted</numerusform>
            <numerusform>%n images or layers deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveImagesDialog</name>
    <message numerus="yes">
        <source>Remove these %n image(s) (%1 in all)? This removes every tag and image listed:</source>
        <translation>
            <numerusform>Remove these %n image (%1 in all)? This removes every tag and image listed:</numerusform>
            <numerusform>Remove these %n images (%1 in all)? This removes every tag and image listed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Image(s)</source>
        <translation>
            <numerusform>Remove %n Image</numerusform>
            <numerusform>Remove %n Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running containers use %n of these images: those stay (stop and remove the containers first). The others are removed.</source>
        <translation>
            <numerusform>Running containers use %n of these images: those stay (stop and remove the containers first). The others are removed.</numerusform>
            <numerusform>Running containers use %n of these images: those stay (stop and remove the containers first). The others are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n tag(s) untagged</source>
        <translation>
            <numerusform>Removed: %n tag untagged</numerusform>
            <numerusform>Removed: %n tags untagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) or layer(s) deleted</source>
        <translation>
            <numerusform>%n image or layer deleted</numerusform>
            <numerusform>%n images or layers deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) removed.</source>
        <translation>
            <numerusform>%1 of %n image removed.</numerusform>
            <numerusform>%1 of %n images removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: see why in the list.</source>
        <translation>
            <numerusform>%n kept: see why in the list.</numerusform>
            <numerusform>%n kept: see why in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped containers use %n of these images. Without “Force”, such an image stays.</source>
        <translation>
            <numerusform>Stopped containers use %n of these images. Without “Force”, such an image stays.</numerusform>
            <numerusform>Stopped containers use %n of these images. Without “Force”, such an image stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message numerus="yes">
        <source>(%n more character(s), copied with Copy)</source>
        <translation>
            <numerusform>(%n more character, copied with Copy)</numerusform>
            <numerusform>(%n more characters, copied with Copy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveImagesDialog</name>
    <message numerus="yes">
        <source>%n image(s), about %1 before compression (layers they share are written once).</source>
        <translation>
            <numerusform>%n image, about %1 before compression (layers they share are written once).</numerusform>
            <numerusform>%n images, about %1 before compression (layers they share are written once).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s) to %1 (%2).</source>
        <translation>
            <numerusform>Saved %n image to %1 (%2).</numerusform>
            <numerusform>Saved %n images to %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>%n result for “%1”.</numerusform>
            <numerusform>%n results for “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemPruneDialog</name>
    <message numerus="yes">
        <source>%n container(s), %1</source>
        <translation>
            <numerusform>%n container, %1</numerusform>
            <numerusform>%n containers, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1</source>
        <translation>
            <numerusform>%n volume, %1</numerusform>
            <numerusform>%n volumes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1</source>
        <translation>
            <numerusform>%n image, %1</numerusform>
            <numerusform>%n images, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n record, %1</numerusform>
            <numerusform>%n records, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagImagesDialog</name>
    <message numerus="yes">
        <source>Give each of these %n name(s) a new one, as “docker tag” does: the old names stay.</source>
        <translation>
            <numerusform>Give each of these %n name a new one, as “docker tag” does: the old names stay.</numerusform>
            <numerusform>Give each of these %n names a new one, as “docker tag” does: the old names stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n name(s) tagged.</source>
        <translation>
            <numerusform>%1 of %n name tagged.</numerusform>
            <numerusform>%1 of %n names tagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see why in the list.</source>
        <translation>
            <numerusform>%n failed: see why in the list.</numerusform>
            <numerusform>%n failed: see why in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tag %n Name(s)</source>
        <translation>
            <numerusform>&amp;Tag %n Name</numerusform>
            <numerusform>&amp;Tag %n Names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumesPage</name>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n volume(s)</source>
        <translation>
            <numerusform>%1 of %n volume</numerusform>
            <numerusform>%1 of %n volumes</numerusform>
        </translation>
    </message>
</context>
</TS>