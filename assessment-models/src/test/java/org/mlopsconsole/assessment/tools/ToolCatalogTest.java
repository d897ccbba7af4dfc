package org.mlopsconsole.assessment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlopsconsole.assessment.roles.ActivityCatalog;

class ToolCatalogTest {

    private static final ToolCatalog CATALOG = ToolCatalog.bundled();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MLflow",
                "Kubeflow",
                "Polyaxon",
                "Kafka-ML",
                "MLModelCI",
                "TFX",
                "ZenML",
                "Flyte",
                "Seldon Core",
                "BentoML",
                "SageMaker",
                "Docker",
                "Kubernetes",
                "K3s",
                "Helm",
                "Rancher",
                "Apache OpenWhisk",
                "Knative",
                "AWS S3",
                "Apache Kafka",
                "Apache Airflow",
                "Apache Spark",
                "Flask",
                "Apache Thrift",
                "Apache Mesos",
                "ONNX"
            })
    void everyToolTheSeedsNameIsInTheCatalog(String name) {
        assertThat(CATALOG.findByName(name).or(() -> CATALOG.findByName("Amazon " + name)))
                .as(name)
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jenkins",
                "GitHub Actions",
                "Bitbucket",
                "GitLab",
                "GitHub",
                "Gitea",
                "Kubeflow Pipelines",
                "Luigi",
                "SageMaker Pipelines",
                "Azure Pipelines",
                "Google Feast",
                "Amazon AWS Feature Store",
                "Tecton.ai",
                "Hopsworks.ai",
                "Red Hat OpenShift",
                "Azure ML Model Registry",
                "Neptune.ai",
                "Azure Storage",
                "Google Cloud Storage",
                "IBM Watson Studio",
                "TensorFlow Serving",
                "KServing",
                "Prometheus",
                "Grafana",
                "ELK stack",
                "TensorBoard",
                "SageMaker Model Monitor",
                "Amazon CloudWatch"
            })
    void everyExampleToolOfTheNineComponentsIsInTheCatalog(String name) {
        assertThat(CATALOG.findByName(name)).as(name).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void everyComponentHasAnOpenSourceOnPremisesToolThatDoesItFully(Component component) {
        ToolConstraints strict = new ToolConstraints(true, true, false);
        assertThat(CATALOG.providing(component, Support.FULL))
                .as(component.label())
                .anyMatch(strict::allows);
    }

    @Test
    void everyToolSaysWhereItComesFromAndWhereItRuns() {
        assertThat(CATALOG.tools()).hasSizeGreaterThanOrEqualTo(50).allSatisfy(tool -> {
            assertThat(tool.source()).as(tool.id()).contains("DOI");
            assertThat(tool.hosting()).as(tool.id()).isNotEmpty();
            assertThat(tool.description()).as(tool.id()).isNotBlank();
            assertThat(ActivityCatalog.bundled().ids()).containsAll(tool.activities());
        });
    }

    @Test
    void kubernetesBasedToolsAreMarkedSo() {
        assertThat(Arrays.asList("kubeflow", "kubernetes", "k3s", "helm", "knative", "kserve", "flyte"))
                .allSatisfy(id -> assertThat(CATALOG.find(id).orElseThrow().needsKubernetes())
                        .as(id)
                        .isTrue());
        assertThat(CATALOG.find("mlflow").orElseThrow().needsKubernetes()).isFalse();
    }

    @Test
    void simpleStoresArePartialRegistriesAsKreuzbergerCallsThemSimple() {
        assertThat(CATALOG.providing(Component.C6, Support.PARTIAL))
                .extracting(Tool::id)
                .contains("aws-s3", "azure-storage", "gcs");
        assertThat(CATALOG.providing(Component.C6, Support.FULL))
                .extracting(Tool::id)
                .contains("mlflow", "sagemaker", "azure-ml", "neptune");
    }
}
