.class public final Lcom/example/ledong/sport/StepCounter;
.super Ljava/lang/Object;
.source "StepCounter.java"

# interfaces
.implements Landroid/hardware/SensorEventListener;


# instance fields
.field private baseline:F

.field private final sensorManager:Landroid/hardware/SensorManager;

.field private todaySteps:I


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 3

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    const-string v0, "sensor"

    invoke-virtual {p1, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/hardware/SensorManager;

    iput-object v0, p0, Lcom/example/ledong/sport/StepCounter;->sensorManager:Landroid/hardware/SensorManager;

    const/high16 v0, -0x40800000

    iput v0, p0, Lcom/example/ledong/sport/StepCounter;->baseline:F

    return-void
.end method


# virtual methods
.method public getTodaySteps()I
    .registers 2

    iget v0, p0, Lcom/example/ledong/sport/StepCounter;->todaySteps:I

    return v0
.end method

.method public onAccuracyChanged(Landroid/hardware/Sensor;I)V
    .registers 3

    return-void
.end method

.method public onSensorChanged(Landroid/hardware/SensorEvent;)V
    .registers 5

    iget-object v0, p1, Landroid/hardware/SensorEvent;->values:[F

    const/4 v1, 0x0

    aget v0, v0, v1

    iget v1, p0, Lcom/example/ledong/sport/StepCounter;->baseline:F

    const/4 v2, 0x0

    cmpg-float v2, v1, v2

    if-gez v2, :cond_0

    iput v0, p0, Lcom/example/ledong/sport/StepCounter;->baseline:F

    move v1, v0

    :cond_0
    sub-float/2addr v0, v1

    float-to-int v0, v0

    iput v0, p0, Lcom/example/ledong/sport/StepCounter;->todaySteps:I

    return-void
.end method

.method public start()Z
    .registers 5

    iget-object v0, p0, Lcom/example/ledong/sport/StepCounter;->sensorManager:Landroid/hardware/SensorManager;

    const/16 v1, 0x13

    invoke-virtual {v0, v1}, Landroid/hardware/SensorManager;->getDefaultSensor(I)Landroid/hardware/Sensor;

    move-result-object v1

    if-nez v1, :cond_0

    const/4 v0, 0x0

    return v0

    :cond_0
    const/4 v2, 0x3

    invoke-virtual {v0, p0, v1, v2}, Landroid/hardware/SensorManager;->registerListener(Landroid/hardware/SensorEventListener;Landroid/hardware/Sensor;I)Z

    move-result v0

    return v0
.end method

.method public stop()V
    .registers 2

    iget-object v0, p0, Lcom/example/ledong/sport/StepCounter;->sensorManager:Landroid/hardware/SensorManager;

    invoke-virtual {v0, p0}, Landroid/hardware/SensorManager;->unregisterListener(Landroid/hardware/SensorEventListener;)V

    return-void
.end method
