.class Lcom/example/suscan/ui/ScanActivity$1;
.super Landroid/hardware/camera2/CameraDevice$StateCallback;
.source "ScanActivity.java"


# annotations
.annotation system Ldalvik/annotation/EnclosingClass;
    value = Lcom/example/suscan/ui/ScanActivity;
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x0
    name = null
.end annotation


# instance fields
.field final synthetic this$0:Lcom/example/suscan/ui/ScanActivity;


# direct methods
.method constructor <init>(Lcom/example/suscan/ui/ScanActivity;)V
    .registers 2

    iput-object p1, p0, Lcom/example/suscan/ui/ScanActivity$1;->this$0:Lcom/example/suscan/ui/ScanActivity;

    invoke-direct {p0}, Landroid/hardware/camera2/CameraDevice$StateCallback;-><init>()V

    return-void
.end method


# virtual methods
.method public onDisconnected(Landroid/hardware/camera2/CameraDevice;)V
    .registers 2

    invoke-virtual {p1}, Landroid/hardware/camera2/CameraDevice;->close()V

    return-void
.end method

.method public onError(Landroid/hardware/camera2/CameraDevice;I)V
    .registers 3

    invoke-virtual {p1}, Landroid/hardware/camera2/CameraDevice;->close()V

    return-void
.end method

.method public onOpened(Landroid/hardware/camera2/CameraDevice;)V
    .registers 3

    iget-object v0, p0, Lcom/example/suscan/ui/ScanActivity$1;->this$0:Lcom/example/suscan/ui/ScanActivity;

    invoke-static {v0, p1}, Lcom/example/suscan/ui/ScanActivity;->access$002(Lcom/example/suscan/ui/ScanActivity;Landroid/hardware/camera2/CameraDevice;)Landroid/hardware/camera2/CameraDevice;

    return-void
.end method
