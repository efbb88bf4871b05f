.class public Lcom/iflytek/msc/MSC;
.super Ljava/lang/Object;
.method public static native QISRSessionBegin([C[BLcom/iflytek/msc/MSCSessionInfo;)[C
.end method
