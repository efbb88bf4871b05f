.class public final Lcom/example/paperlens/ui/ScanActivity;
.super Landroid/app/Activity;
.source "ScanActivity.kt"


# instance fields
.field private cameraManager:Landroid/hardware/camera2/CameraManager;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public final openBackCamera(Landroid/hardware/camera2/CameraDevice$StateCallback;Landroid/os/Handler;)V
    .registers 6

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/paperlens/ui/ScanActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_14

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v2, 0x15

    invoke-virtual {p0, v1, v2}, Lcom/example/paperlens/ui/ScanActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void

    :cond_14
    const-string v0, "camera"

    invoke-virtual {p0, v0}, Lcom/example/paperlens/ui/ScanActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/hardware/camera2/CameraManager;

    iput-object v0, p0, Lcom/example/paperlens/ui/ScanActivity;->cameraManager:Landroid/hardware/camera2/CameraManager;

    :try_start_1e
    const-string v1, "0"

    invoke-virtual {v0, v1, p1, p2}, Landroid/hardware/camera2/CameraManager;->openCamera(Ljava/lang/String;Landroid/hardware/camera2/CameraDevice$StateCallback;Landroid/os/Handler;)V
    :try_end_23
    .catch Landroid/hardware/camera2/CameraAccessException; {:try_start_1e .. :try_end_23} :catch_24

    :catch_24
    return-void
.end method

.method public final tagWithLocation(Lcom/example/paperlens/model/Scan;)V
    .registers 7

    invoke-static {p0}, Lcom/example/paperlens/ui/SettingsActivity;->locationTagsEnabled(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_2a

    const-string v0, "android.permission.ACCESS_FINE_LOCATION"

    invoke-virtual {p0, v0}, Lcom/example/paperlens/ui/ScanActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v0

    if-nez v0, :cond_2a

    const-string v0, "location"

    invoke-virtual {p0, v0}, Lcom/example/paperlens/ui/ScanActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/location/LocationManager;

    const-string v1, "gps"

    invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;

    move-result-object v0

    if-eqz v0, :cond_2a

    invoke-virtual {v0}, Landroid/location/Location;->getLatitude()D

    move-result-wide v1

    invoke-virtual {v0}, Landroid/location/Location;->getLongitude()D

    move-result-wide v3

    invoke-virtual {p1, v1, v2, v3, v4}, Lcom/example/paperlens/model/Scan;->setGeoTag(DD)V

    :cond_2a
    return-void
.end method
