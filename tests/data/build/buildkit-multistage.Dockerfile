FROM cais-test/shell:1 AS build
WORKDIR /w
RUN echo built > out.txt && echo to-stderr >&2
FROM build AS mid
ENV A=b
RUN echo mid > /mid.txt
FROM cais-test/shell:1 AS final
ARG X=1
COPY --from=mid /w/out.txt /out.txt
EXPOSE 80
RUN cat /out.txt
CMD ["cat", "/out.txt"]
