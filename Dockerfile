# Builds and runs Safe Passage; docker-compose.yml uses it with PostgreSQL and Mailpit.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app safepassage
WORKDIR /app
COPY --from=build /src/target/safe-passage-*.jar app.jar
USER safepassage
ENV SPRING_PROFILES_ACTIVE=production
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
