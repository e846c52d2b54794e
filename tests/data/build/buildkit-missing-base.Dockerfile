FROM cais-test/shell:1
RUN echo hi
FROM cais-test/does-not-exist:1
COPY --from=0 /bin/busybox /x
