.class public Lcom/example/cleanapp/ScanActivity;
.super Landroid/app/Activity;
.source "ScanActivity.java"


# static fields
.field private static final REQUEST_CAMERA:I = 0x64


# instance fields
.field private mCamera:Landroid/hardware/Camera;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private openCamera()V
    .registers 3

    const/4 v0, 0x0

    invoke-static {v0}, Landroid/hardware/Camera;->open(I)Landroid/hardware/Camera;

    move-result-object v0

    iput-object v0, p0, Lcom/example/cleanapp/ScanActivity;->mCamera:Landroid/hardware/Camera;

    const/16 v1, 0x5a

    invoke-virtual {v0, v1}, Landroid/hardware/Camera;->setDisplayOrientation(I)V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/ScanActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-nez v1, :cond_f

    invoke-direct {p0}, Lcom/example/cleanapp/ScanActivity;->openCamera()V

    return-void

    :cond_f
    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v3, 0x64

    invoke-virtual {p0, v1, v3}, Lcom/example/cleanapp/ScanActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void
.end method

.method protected onPause()V
    .registers 2

    invoke-super {p0}, Landroid/app/Activity;->onPause()V

    iget-object v0, p0, Lcom/example/cleanapp/ScanActivity;->mCamera:Landroid/hardware/Camera;

    if-eqz v0, :cond_f

    invoke-virtual {v0}, Landroid/hardware/Camera;->release()V

    const/4 v0, 0x0

    iput-object v0, p0, Lcom/example/cleanapp/ScanActivity;->mCamera:Landroid/hardware/Camera;

    :cond_f
    return-void
.end method

.method public onRequestPermissionsResult(I[Ljava/lang/String;[I)V
    .registers 5

    invoke-super {p0, p1, p2, p3}, Landroid/app/Activity;->onRequestPermissionsResult(I[Ljava/lang/String;[I)V

    array-length v0, p3

    if-lez v0, :cond_11

    const/4 v0, 0x0

    aget v0, p3, v0

    if-nez v0, :cond_11

    invoke-direct {p0}, Lcom/example/cleanapp/ScanActivity;->openCamera()V

    return-void

    :cond_11
    invoke-virtual {p0}, Lcom/example/cleanapp/ScanActivity;->finish()V

    return-void
.end method
