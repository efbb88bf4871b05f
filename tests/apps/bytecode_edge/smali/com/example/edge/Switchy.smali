.class public Lcom/example/edge/Switchy;
.super Ljava/lang/Object;
.source "Switchy.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public static log(Ljava/lang/String;)V
    .locals 1
    const-string v0, "Edge"
    invoke-static {v0, p0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

# Payloads sit between instructions here (javac/D8 put them at the end); their
# data is chosen to look like invoke-virtual (0x6e) and const-string (0x1a).
.method public static pick(I)V
    .locals 3
    packed-switch p0, :pswitch_data_0
    goto :after_packed

    :pswitch_data_0
    .packed-switch 0x0
        :case_a
        :case_b
    .end packed-switch

    :after_packed
    const-string v0, "after-packed"
    invoke-static {v0}, Lcom/example/edge/Switchy;->log(Ljava/lang/String;)V
    sparse-switch p0, :sswitch_data_0
    goto :after_sparse

    :sswitch_data_0
    .sparse-switch
        0x6e6e -> :case_a
        0x1a1a1a1a -> :case_b
    .end sparse-switch

    :after_sparse
    const/4 v1, 0x3
    new-array v1, v1, [I
    fill-array-data v1, :array_0
    goto :after_array

    :array_0
    .array-data 4
        0x6e6e6e6e
        0x1a1a1a1a
        0x6e000000
    .end array-data

    :after_array
    invoke-static {}, Landroid/os/Process;->myPid()I
    :case_a
    sget-object v2, Landroid/os/Build;->SERIAL:Ljava/lang/String;
    :case_b
    return-void
.end method

.method public static ranged(Ljava/lang/Object;Ljava/lang/Object;)Z
    .locals 2
    move-object v0, p0
    move-object v1, p1
    invoke-virtual/range {v0 .. v1}, Ljava/lang/Object;->equals(Ljava/lang/Object;)Z
    move-result v0
    const-class v1, Landroid/telephony/TelephonyManager;
    new-instance v1, Ljava/lang/StringBuilder;
    invoke-direct {v1}, Ljava/lang/StringBuilder;-><init>()V
    return v0
.end method
